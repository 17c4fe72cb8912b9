import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { findPersonByInsz } from "@/lib/people/person-by-insz";

export type StartSessionResult =
  | { ok: true; sessionId: string; personId: string }
  | { ok: false; reason: "unknown_person" | "no_membership" };

/**
 * Called once eHealth has authenticated someone: only people with at least one active
 * membership get a session (F-ROLE); everyone else is refused before any page is shown.
 */
export async function startSession(insz: string, authMethod?: string, db: Db = getDb()): Promise<StartSessionResult> {
  const person = await findPersonByInsz(db, insz);
  if (!person) return { ok: false, reason: "unknown_person" };
  if ((await db.membership.count({ where: { personId: person.id, active: true } })) === 0) return { ok: false, reason: "no_membership" };
  const session = await db.session.create({ data: { personId: person.id } });
  await recordAuditEvent(
    db,
    { personId: person.id, organisationId: null, actingForMembershipId: null },
    { action: "session.start", details: { sessionId: session.id, authMethod: authMethod ?? null } },
  );
  return { ok: true, sessionId: session.id, personId: person.id };
}
