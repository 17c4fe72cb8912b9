import { canUseModule, registrationWhere, responsiblePhysicianFor } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { getModule } from "@/lib/modules/registry";
import { blindIndex } from "@/lib/patients/identity-protection";

export interface FollowUpOriginal {
  id: string;
  reference: string;
  sentAt: Date;
  /** Follow-ups it already has (saved or sent) that the user may see. */
  followUps: number;
}

/**
 * The registrations a follow-up may follow: sent, initial registrations of this patient (by
 * the INSZ's blind index) in this module, among those the policy lets the user see. Null when
 * the user may not create follow-ups in the module.
 */
export async function findFollowUpOriginals(
  context: SessionContext | null,
  moduleId: string,
  insz: string,
  db: Db = getDb(),
): Promise<FollowUpOriginal[] | null> {
  const declaration = getModule(moduleId);
  const visible = registrationWhere(context, "view");
  if (!declaration?.allowsFollowUp || !visible || !canUseModule(context, declaration) || !responsiblePhysicianFor(context)) return null;
  const inszIndex = blindIndex("insz", insz);
  if (!inszIndex) return [];
  const rows = await db.registration.findMany({
    where: { AND: [visible, { moduleId: declaration.id, status: "SENT", kind: "INITIAL", patient: { inszIndex } }] },
    select: { id: true, reference: true, sentAt: true, followUps: { where: visible, select: { id: true } } },
    orderBy: [{ sentAt: "desc" }, { id: "asc" }],
    take: 50,
  });
  return rows.map((row) => ({ id: row.id, reference: row.reference ?? "", sentAt: row.sentAt ?? new Date(0), followUps: row.followUps.length }));
}
