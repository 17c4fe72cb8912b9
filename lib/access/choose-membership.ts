import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import type { SessionContext } from "./session-context";

export interface MembershipChoice {
  id: string;
  function: string;
  organisationId: string;
  organisationName: string;
}

/** The organisation × function pairs the person may log in as (F-AUTH-4). */
export async function listMembershipChoices(personId: string, db: Db = getDb()): Promise<MembershipChoice[]> {
  const memberships = await db.membership.findMany({
    where: { personId, active: true },
    include: { organisation: true },
    orderBy: [{ organisation: { name: "asc" } }, { function: "asc" }],
  });
  return memberships.map((m) => ({
    id: m.id,
    function: m.function,
    organisationId: m.organisationId,
    organisationName: m.organisation.name,
  }));
}

/** Switching organisation or profile also forgets the acting-for physician. */
export async function chooseMembership(context: SessionContext, membershipId: string, db: Db = getDb()): Promise<boolean> {
  const membership = await db.membership.findFirst({ where: { id: membershipId, personId: context.person.id, active: true } });
  if (!membership) return false;
  await db.session.update({
    where: { id: context.sessionId },
    data: { membershipId: membership.id, actingForMembershipId: null },
  });
  await recordAuditEvent(
    db,
    { personId: context.person.id, organisationId: membership.organisationId, actingForMembershipId: null },
    { action: "session.choose_membership", details: { membershipId: membership.id, function: membership.function } },
  );
  return true;
}
