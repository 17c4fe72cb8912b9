import NextAuth from "next-auth";
import { authOptions } from "@/lib/access/auth-options";
import { refuseOverLoginLimit } from "@/lib/security/login-rate-limit";

export const dynamic = "force-dynamic";

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth v4 reads params synchronously; Next 16 hands them over as a promise.
  const params = await context.params;
  const limited = await refuseOverLoginLimit(request, params.nextauth);
  if (limited) return limited;
  return NextAuth(authOptions())(request, { params });
}

export { handler as GET, handler as POST };
