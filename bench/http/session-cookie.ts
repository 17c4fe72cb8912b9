/**
 * The next-auth session cookie for a session the bench created itself: the same encrypted JWT
 * (sid = the server-side Session row) the login would set, minted with the server's secret.
 */
import { encode } from "next-auth/jwt";
import type { BenchUser } from "../seed/fixtures";

export const sessionCookieName = "next-auth.session-token"; // plain http: no "__Secure-" prefix

export async function sessionCookie(user: BenchUser, secret: string): Promise<string> {
  const token = await encode({ token: { sub: user.insz, sid: user.sessionId }, secret, maxAge: 12 * 3600 });
  return `${sessionCookieName}=${token}`;
}
