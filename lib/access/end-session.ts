import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";

/** Sign out everywhere (F-AUTH-7): every open session of the person ends now. */
export async function endAllSessions(personId: string, db: Db = getDb(), now: Date = new Date()): Promise<number> {
  const { count } = await db.session.updateMany({ where: { personId, revokedAt: null }, data: { revokedAt: now } });
  await recordAuditEvent(
    db,
    { personId, organisationId: null, actingForMembershipId: null },
    { action: "session.end_all", details: { sessions: count } },
  );
  return count;
}
