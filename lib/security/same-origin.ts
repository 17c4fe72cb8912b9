/**
 * Cross-site request forgery, defence in depth: the session cookie is SameSite=Lax (a foreign
 * site's POST does not carry it) and Next.js refuses a server action whose Origin is not ours.
 * This check (run by proxy.ts before any action or route handler) adds what Next lets through:
 * a state-changing request without Origin but with a foreign Referer, an Origin of "null"
 * (sandboxed frames, privacy redirects), and route handlers, which Next does not check at all.
 *
 * "Ours" is the configured public origin (NEXTAUTH_URL: scheme, host and port), never what the
 * request says about itself: Host and X-Forwarded-Host are the client's to write. Behind a
 * trusted reverse proxy (WBCR_TRUST_PROXY=1) the origin the proxy names (X-Forwarded-Proto and
 * X-Forwarded-Host, which it overwrites) is accepted too.
 *
 * A request with neither Origin nor Referer is no browser's cross-site request (browsers send
 * Origin on every POST), so it is left to the session checks like any other HTTP client.
 */
import { appOrigin } from "@/lib/config/app-origin";
import { trustsProxy } from "./client-address";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginVerdict = "same-origin" | "no-browser-origin" | "foreign";

type Env = Readonly<Record<string, string | undefined>>;

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** The origins a same-site request may come from: the configured one, and a trusted proxy's. */
export function acceptedOrigins(headers: Headers, env: Env = process.env): string[] {
  const accepted = [appOrigin(env as NodeJS.ProcessEnv)];
  if (trustsProxy(env)) {
    const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
    const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "https";
    const forwarded = host && /^https?$/.test(proto) ? originOf(`${proto}://${host}`) : null;
    if (forwarded) accepted.push(forwarded);
  }
  return accepted;
}

/** Whether a request may change state: its Origin (or Referer) compared whole, scheme, host and port. */
export function judgeOrigin(method: string, headers: Headers, env: Env = process.env): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return "same-origin";
  const source = headers.get("origin") ?? headers.get("referer");
  if (source === null) return "no-browser-origin";
  const theirs = originOf(source);
  return theirs !== null && acceptedOrigins(headers, env).includes(theirs) ? "same-origin" : "foreign";
}

/** Routes that answer with a file of registration data (PDF, attached file, export, data dictionary). */
const DATA_ROUTES = [/^\/registrations\/[^/]+\/pdf\/?$/, /^\/registrations\/[^/]+\/attachments\/[^/]+\/?$/, /^\/modules\/[^/]+\/download\/file\/?$/, /^\/modules\/[^/]+\/data-dictionary\/?$/];

/**
 * A request for a data file that the browser says another site started (a link, a form, an
 * image tag): refused whatever its method, since a top-level GET still carries the Lax cookie.
 * Browsers without Fetch Metadata send no Sec-Fetch-Site and are left to the other checks.
 */
export function isCrossSiteDataRequest(pathname: string, headers: Headers): boolean {
  return headers.get("sec-fetch-site") === "cross-site" && DATA_ROUTES.some((route) => route.test(pathname));
}
