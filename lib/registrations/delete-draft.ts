import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { explainMissedUpdate } from "./explain-missed-update";
import { ok, refuse, type Result } from "./result";

/** Deletes a draft (sent registrations are immutable); the audit event outlives it. */
export async function deleteDraft(
  context: SessionContext | null,
  input: { id: string; version: number },
  db: Db = getDb(),
): Promise<Result<null>> {
  const where = registrationWhere(context, "delete");
  if (!context || !where) return refuse("not_found");
  const deleted = await db.$transaction(async (tx) => {
    const row = await tx.registration.findFirst({ where: { AND: [where, { id: input.id, version: input.version }] }, select: { moduleId: true } });
    if (!row) return false;
    await tx.registration.delete({ where: { id: input.id } });
    await recordAuditEvent(tx, actorOf(context), { action: "registration.delete", moduleId: row.moduleId, registrationId: input.id });
    return true;
  });
  return deleted ? ok(null) : explainMissedUpdate(context, input.id, input.version, db);
}
