/** Signed-in contexts for tests, built through the same use cases as the login pages. */
import { acceptTerms } from "@/lib/access/accept-terms";
import { personByInsz } from "@/lib/access/person-identity";
import { chooseMembership } from "@/lib/access/choose-membership";
import { choosePhysician } from "@/lib/access/choose-physician";
import { loadSessionContext, type MemberFunction, type SessionContext } from "@/lib/access/session-context";
import { startSession } from "@/lib/access/start-session";
import type { Db } from "@/lib/db/client";

export const timeouts = { inactivitySeconds: 3600, absoluteSeconds: 12 * 3600 };

export async function reload(db: Db, context: SessionContext): Promise<SessionContext> {
  const fresh = await loadSessionContext(db, context.sessionId, timeouts);
  if (!fresh) throw new Error("session vanished");
  return fresh;
}

/** Logs `insz` in as `fn` at the organisation with that NIHII, acting for a physician if given. */
export async function signIn(
  db: Db,
  insz: string,
  fn: MemberFunction,
  organisationNihii: string,
  actingForInsz?: string,
): Promise<SessionContext> {
  const started = await startSession(insz, "eid", db);
  if (!started.ok) throw new Error(`cannot sign in ${insz}: ${started.reason}`);
  let context = await reload(db, { sessionId: started.sessionId } as SessionContext);
  const terms = await db.termsVersion.findFirst({ orderBy: { version: "desc" } });
  if (terms) await acceptTerms(context, terms.version, db);
  const membership = await db.membership.findFirstOrThrow({
    where: { person: personByInsz(insz), function: fn, organisation: { nihii: organisationNihii } },
  });
  if (!(await chooseMembership(context, membership.id, db))) throw new Error("membership refused");
  context = await reload(db, context);
  if (actingForInsz) {
    const physician = await db.membership.findFirstOrThrow({
      where: { person: personByInsz(actingForInsz), function: "SPECIALIST", organisation: { nihii: organisationNihii } },
    });
    if (!(await choosePhysician(context, physician.id, db))) throw new Error("physician refused");
    context = await reload(db, context);
  }
  return context;
}
