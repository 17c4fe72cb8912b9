/**
 * What production needs before it may start (docs/operations.md "Configuration"). Every item is
 * checked and all problems are reported in one message, so an operator fixes them in one go.
 * Demo mode needs none of them: it generates what it lacks.
 */
import { parseKeyRing } from "@/lib/security/keys";
import { demoEhealthClient } from "./auth";
import { readSettings, type Env } from "./settings";

export const MIN_SECRET_LENGTH = 32;

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLoopbackUrl(url: URL): boolean {
  return loopbackHosts.has(url.hostname);
}

function parseUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export interface ProductionCheck {
  problems: string[];
  /** Accepted, but said at every start (overrides meant for tests and acceptance). */
  warnings: string[];
}

/** Every missing or unsafe item of a production configuration. */
export function checkProductionConfiguration(env: Env = process.env): ProductionCheck {
  const s = readSettings(env);
  const problems: string[] = [];
  const warnings: string[] = [];
  // Plain http is tolerated only on loopback and only when explicitly asked for (local tests).
  const allowHttp = (url: URL) => s.WBCR_INSECURE_COOKIES === true && isLoopbackUrl(url);

  const publicUrl = parseUrl(s.NEXTAUTH_URL);
  if (!s.NEXTAUTH_URL) problems.push("NEXTAUTH_URL is not set (the public https address of the app)");
  else if (!publicUrl) problems.push(`NEXTAUTH_URL is not a URL: "${s.NEXTAUTH_URL}"`);
  else if (publicUrl.protocol !== "https:") {
    if (allowHttp(publicUrl)) warnings.push(`NEXTAUTH_URL is plain http (${publicUrl.origin}): accepted only because WBCR_INSECURE_COOKIES=1 on loopback — local tests only`);
    else problems.push(`NEXTAUTH_URL must be https, not ${publicUrl.origin} (plain http only for loopback tests with WBCR_INSECURE_COOKIES=1)`);
  } else if (s.WBCR_INSECURE_COOKIES) problems.push("WBCR_INSECURE_COOKIES=1 is not allowed with an https NEXTAUTH_URL in production");

  if (!s.NEXTAUTH_SECRET) problems.push("NEXTAUTH_SECRET is not set (npm run keys:new)");
  else if (s.NEXTAUTH_SECRET.length < MIN_SECRET_LENGTH) problems.push(`NEXTAUTH_SECRET is too short (at least ${MIN_SECRET_LENGTH} characters; npm run keys:new)`);

  const issuer = parseUrl(s.EHEALTH_ISSUER);
  if (!s.EHEALTH_ISSUER) problems.push("EHEALTH_ISSUER is not set (the eHealth OpenID Connect issuer)");
  else if (!issuer) problems.push(`EHEALTH_ISSUER is not a URL: "${s.EHEALTH_ISSUER}"`);
  else if (issuer.protocol !== "https:") {
    if (allowHttp(issuer)) warnings.push(`EHEALTH_ISSUER is plain http (${issuer.origin}): accepted only because WBCR_INSECURE_COOKIES=1 on loopback — local tests only`);
    else problems.push(`EHEALTH_ISSUER must be https, not ${issuer.origin}`);
  }
  if (!s.EHEALTH_CLIENT_ID) problems.push("EHEALTH_CLIENT_ID is not set");
  else if (s.EHEALTH_CLIENT_ID === demoEhealthClient.clientId) problems.push(`EHEALTH_CLIENT_ID is the demo's built-in "${demoEhealthClient.clientId}"`);
  if (!s.EHEALTH_CLIENT_SECRET) problems.push("EHEALTH_CLIENT_SECRET is not set");
  else if (s.EHEALTH_CLIENT_SECRET === demoEhealthClient.clientSecret) problems.push("EHEALTH_CLIENT_SECRET is the demo's built-in secret");

  if (!s.WBCR_DATA_KEYS) problems.push("WBCR_DATA_KEYS is not set (npm run keys:new)");
  if (!s.WBCR_INDEX_KEY) problems.push("WBCR_INDEX_KEY is not set (npm run keys:new)");
  if (s.WBCR_DATA_KEYS && s.WBCR_INDEX_KEY) {
    try {
      parseKeyRing(s.WBCR_DATA_KEYS, s.WBCR_INDEX_KEY);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }

  const provider = s.IDENTIFY_PERSON_PROVIDER;
  if (!provider) problems.push('IDENTIFY_PERSON_PROVIDER is not set ("none" offers manual entry of patients)');
  else if (provider === "simulator") {
    if (s.WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER) warnings.push("IDENTIFY_PERSON_PROVIDER=simulator: patients come from the simulated National Register (WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER=1, acceptance only)");
    else problems.push("IDENTIFY_PERSON_PROVIDER=simulator needs WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER=1 in production (acceptance environments only)");
  }

  if (s.WBCR_TEST_MODULES) problems.push("WBCR_TEST_MODULES=1 is not allowed in production (it adds the test modules)");
  if (s.WBCR_DEMO_SEED) problems.push("WBCR_DEMO_SEED=1 is not allowed in production (it creates demo people with registry-wide rights)");
  return { problems, warnings };
}

/** The one message production refuses to start with. */
export function refusalMessage(problems: readonly string[]): string {
  return [
    `WBCR refuses to start in production mode: ${problems.length} item${problems.length === 1 ? "" : "s"} missing or unsafe`,
    ...problems.map((problem) => `  - ${problem}`),
    "See docs/operations.md (Configuration). For the demo, unset DATABASE_URL or set WBCR_MODE=demo.",
  ].join("\n");
}
