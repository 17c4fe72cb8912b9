import NextAuth from "next-auth";
import { authOptions, sessionCookieName } from "@/lib/access/auth-options";
import { asBrowserSessionCookie } from "@/lib/access/browser-session-cookie";
import { refuseOverLoginLimit } from "@/lib/security/login-rate-limit";

export const dynamic = "force-dynamic";

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth v4 reads params synchronously; Next 16 hands them over as a promise.
  const params = await context.params;
  const limited = await refuseOverLoginLimit(request, params.nextauth);
  if (limited) return limited;
  return asBrowserSessionCookie(await NextAuth(authOptions())(request, { params }), sessionCookieName());
}

export { handler as GET, handler as POST };
