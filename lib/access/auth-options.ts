/**
 * next-auth with one OpenID Connect provider, "ehealth" (F-AUTH-1). next-auth proves who the
 * person is; what they may do comes from this project's tables, through the Session row whose
 * id is the only thing the encrypted session cookie carries.
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { authConfig } from "@/lib/config/auth";
import { getDb } from "@/lib/db/client";
import { findPersonByInsz } from "@/lib/people/person-by-insz";
import { ensureAuthSecret } from "./auth-secret";
import { startSession } from "./start-session";

interface EhealthProfile {
  sub: string;
  given_name?: string;
  family_name?: string;
  name?: string;
  locale?: string;
  amr?: string[];
}

/** Cookie holding the next-auth JWT; "__Secure-" when served over https (next-auth's rule). */
export function sessionCookieName(): string {
  return `${authConfig().secureCookies ? "__Secure-" : ""}next-auth.session-token`;
}

export function authOptions(): NextAuthOptions {
  const config = authConfig();
  return {
    secret: ensureAuthSecret(),
    useSecureCookies: config.secureCookies,
    providers: [
      {
        id: "ehealth",
        name: "eHealth",
        type: "oauth",
        wellKnown: `${config.issuer}/.well-known/openid-configuration`,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        authorization: { params: { scope: "openid profile" } },
        idToken: true,
        checks: ["pkce", "state", "nonce"],
        profile(profile: EhealthProfile) {
          return { id: profile.sub, name: profile.name ?? `${profile.given_name ?? ""} ${profile.family_name ?? ""}`.trim() };
        },
      },
    ],
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      async signIn({ profile }) {
        const insz = (profile as EhealthProfile | undefined)?.sub;
        if (!insz) return "/access/refused?reason=unknown_person";
        const db = getDb();
        const person = await findPersonByInsz(db, insz);
        if (!person) return "/access/refused?reason=unknown_person";
        if ((await db.membership.count({ where: { personId: person.id, active: true } })) === 0) return "/access/refused?reason=no_membership";
        return true;
      },
      async jwt({ token, account, profile }) {
        if (!account || !profile) return token;
        const started = await startSession(profile.sub ?? "", (profile as EhealthProfile).amr?.[0]);
        if (!started.ok) return { ...token, sid: undefined };
        return { sub: token.sub, sid: started.sessionId, idToken: account.id_token };
      },
      // The browser learns nothing from /api/auth/session besides the expiry.
      async session({ session }) {
        return { expires: session.expires };
      },
    },
  };
}
