/**
 * Authentication settings (lib/config/settings.ts). Production points EHEALTH_ISSUER at the
 * real eHealth identity provider; the code path is the same as with the local simulator. The
 * demo defaults (simulator on localhost:4000, client wbcr-local) are refused in production by
 * lib/config/production.ts.
 */
import { readSettings, type Env } from "./settings";

export const demoEhealthClient = { clientId: "wbcr-local", clientSecret: "wbcr-local-secret" } as const;
export const DEFAULT_SIMULATOR_PORT = 4000;

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

export function authConfig(env: Env = process.env): AuthConfig {
  const s = readSettings(env);
  const inactivitySeconds = s.WBCR_INACTIVITY_SECONDS ?? 60 * (s.WBCR_INACTIVITY_MINUTES ?? 60);
  return {
    issuer: (s.EHEALTH_ISSUER ?? `http://localhost:${s.EHEALTH_SIM_PORT ?? DEFAULT_SIMULATOR_PORT}`).replace(/\/$/, ""),
    clientId: s.EHEALTH_CLIENT_ID ?? demoEhealthClient.clientId,
    clientSecret: s.EHEALTH_CLIENT_SECRET ?? demoEhealthClient.clientSecret,
    inactivitySeconds,
    absoluteSeconds: s.WBCR_SESSION_MAX_SECONDS ?? 3600 * (s.WBCR_SESSION_MAX_HOURS ?? 12),
    warningSeconds: Math.min(s.WBCR_INACTIVITY_WARNING_SECONDS ?? 300, Math.floor(inactivitySeconds / 2)),
    secureCookies: (s.NEXTAUTH_URL ?? "").startsWith("https://") && !s.WBCR_INSECURE_COOKIES,
  };
}

/** Whether cookies set outside next-auth (e.g. the language) must be `Secure`. */
export function secureCookiesOutsideAuth(env: Env = process.env, nodeEnv = process.env.NODE_ENV): boolean {
  return nodeEnv === "production" && !readSettings(env).WBCR_INSECURE_COOKIES;
}
