/**
 * The entry point of every server-side request: pages, server actions and route handlers call
 * `getSessionContext()` (or the page guard below) themselves; nothing relies on a proxy.
 */
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { authConfig } from "@/lib/config/auth";
import { getDb } from "@/lib/db/client";
import { sessionCookieName } from "./auth-options";
import { ensureAuthSecret } from "./auth-secret";
import { safeReturnTo } from "@/lib/security/return-target";
import { loadSessionContext, sessionStage, type ReadyContext, type SessionContext, type SessionStage } from "./session-context";

/** The session id inside the encrypted session cookie, or null when absent, forged or expired. */
export async function readSessionCookie(): Promise<{ sid: string; idToken: string | null } | null> {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: ensureAuthSecret() }).catch(() => null);
  if (!token || typeof token.sid !== "string") return null;
  return { sid: token.sid, idToken: typeof token.idToken === "string" ? token.idToken : null };
}

/** The server-side session, checked for revocation and inactivity, read now. */
export async function readSessionContext(): Promise<SessionContext | null> {
  const cookie = await readSessionCookie();
  if (!cookie) return null;
  return loadSessionContext(getDb(), cookie.sid, authConfig());
}

/**
 * The same, read once per request. Actions that change the session itself use
 * readSessionContext, so the page rendered after them does not see the cached old state.
 */
export const getSessionContext = cache(readSessionContext);

export const stagePaths: Record<Exclude<SessionStage, "ready">, string> = {
  terms: "/terms",
  organisation: "/session/organisation",
  physician: "/session/physician",
};

/** For pages of the application proper: sends the user to the login step they still owe. */
export async function requireReadyContext(returnTo?: string): Promise<ReadyContext> {
  const context = await getSessionContext();
  if (!context) redirect(loginPath(returnTo));
  const stage = sessionStage(context);
  if (stage !== "ready") redirect(withReturnTo(stagePaths[stage], returnTo));
  return context as ReadyContext;
}

/** For the login steps themselves (terms, organisation, physician): a session is enough. */
export async function requireSessionContext(): Promise<SessionContext> {
  const context = await getSessionContext();
  if (!context) redirect(loginPath());
  return context;
}

export function loginPath(returnTo?: string): string {
  return withReturnTo("/login", returnTo);
}

export { safeReturnTo };

/** A login step that, once done, continues to where the user was going. */
export function withReturnTo(path: string, returnTo?: string): string {
  const safe = safeReturnTo(returnTo);
  return safe && safe !== "/" ? `${path}?returnTo=${encodeURIComponent(safe)}` : path;
}
