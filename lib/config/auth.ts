/**
 * Authentication settings from the environment. Production points EHEALTH_ISSUER at the real
 * eHealth identity provider; the code path is the same as with the local simulator.
 */
export interface AuthConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Sign-out after this long without a request (F-AUTH-7; the registry's manual: 60 minutes). */
  inactivitySeconds: number;
  /** Sign-in again this long after signing in, however active (WBCR_SESSION_MAX_HOURS, default 12). */
  absoluteSeconds: number;
  /** Seconds before the timeout at which the browser warns. */
  warningSeconds: number;
  /** Cookies only over https, except for plain-http local runs and tests. */
  secureCookies: boolean;
}

export function authConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const inactivitySeconds = positiveInt(env.WBCR_INACTIVITY_SECONDS) ?? 60 * (positiveInt(env.WBCR_INACTIVITY_MINUTES) ?? 60);
  return {
    issuer: (env.EHEALTH_ISSUER ?? "http://localhost:4000").replace(/\/$/, ""),
    clientId: env.EHEALTH_CLIENT_ID ?? "wbcr-local",
    clientSecret: env.EHEALTH_CLIENT_SECRET ?? "wbcr-local-secret",
    inactivitySeconds,
    absoluteSeconds: sessionMaxSeconds(env),
    warningSeconds: Math.min(positiveInt(env.WBCR_INACTIVITY_WARNING_SECONDS) ?? 300, Math.floor(inactivitySeconds / 2)),
    secureCookies: (env.NEXTAUTH_URL ?? "").startsWith("https://") && env.WBCR_INSECURE_COOKIES !== "1",
  };
}

/** WBCR_SESSION_MAX_SECONDS (for tests) or WBCR_SESSION_MAX_HOURS; 12 hours by default. */
export function sessionMaxSeconds(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInt(env.WBCR_SESSION_MAX_SECONDS) ?? 3600 * (positiveInt(env.WBCR_SESSION_MAX_HOURS) ?? 12);
}

function positiveInt(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
