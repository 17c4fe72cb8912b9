import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import type { SessionContext } from "./session-context";

export interface PhysicianChoice {
  membershipId: string;
  name: string;
}

/** The physicians an administrative employee registers for (hierarchy of responsibilities). */
export async function listPhysicianChoices(context: SessionContext, db: Db = getDb()): Promise<PhysicianChoice[]> {
  if (context.membership?.function !== "ADMINISTRATIVE") return [];
  const links = await db.responsibilityLink.findMany({
    where: { administrativeMembershipId: context.membership.id, physician: { active: true } },
    include: { physician: { include: { person: true } } },
  });
  return links
    .map((l) => ({ membershipId: l.physician.id, name: `${l.physician.person.firstName} ${l.physician.person.lastName}` }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** F-AUTH-6: only a physician the employee is linked to can be chosen. */
export async function choosePhysician(context: SessionContext, physicianMembershipId: string, db: Db = getDb()): Promise<boolean> {
  const choices = await listPhysicianChoices(context, db);
  const chosen = choices.find((c) => c.membershipId === physicianMembershipId);
  if (!chosen || !context.membership) return false;
  await db.session.update({ where: { id: context.sessionId }, data: { actingForMembershipId: chosen.membershipId } });
  await recordAuditEvent(
    db,
    { personId: context.person.id, organisationId: context.membership.organisationId, actingForMembershipId: chosen.membershipId },
    { action: "session.choose_physician" },
  );
  return true;
}
