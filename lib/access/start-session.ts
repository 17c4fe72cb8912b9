import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { personByInsz } from "./person-identity";

export type StartSessionResult =
  | { ok: true; sessionId: string; personId: string }
  | { ok: false; reason: "unknown_person" | "no_membership" };

/**
 * Called once eHealth has authenticated someone: only people with at least one active
 * membership get a session (F-ROLE); everyone else is refused before any page is shown.
 */
export async function startSession(insz: string, authMethod?: string, db: Db = getDb()): Promise<StartSessionResult> {
  const person = await db.person.findUnique({
    where: personByInsz(insz),
    include: {
      memberships: {
        where: { active: true },
        select: { id: true, organisationId: true, function: true, worksFor: { where: { physician: { active: true } }, select: { physicianMembershipId: true } } },
      },
    },
  });
  if (!person) return { ok: false, reason: "unknown_person" };
  if (person.memberships.length === 0) return { ok: false, reason: "no_membership" };
  const chosen = onlyChoice(person.memberships);
  const session = await db.session.create({
    data: { personId: person.id, membershipId: chosen?.membershipId ?? null, actingForMembershipId: chosen?.actingForMembershipId ?? null },
  });
  await recordAuditEvent(
    db,
    { personId: person.id, organisationId: chosen?.organisationId ?? null, actingForMembershipId: chosen?.actingForMembershipId ?? null },
    {
      action: "session.start",
      details: { sessionId: session.id, authMethod: authMethod ?? null, ...(chosen ? { membershipId: chosen.membershipId, onlyChoice: true } : {}) },
    },
  );
  return { ok: true, sessionId: session.id, personId: person.id };
}

/**
 * Someone with one hospital and profile has nothing to choose (issue 13, 12): the session starts
 * with it — and, for administrative staff working for one physician only, with that physician.
 * The choice pages stay reachable from the header.
 */
function onlyChoice(
  memberships: readonly { id: string; organisationId: string; function: string; worksFor: readonly { physicianMembershipId: string }[] }[],
): { membershipId: string; organisationId: string; actingForMembershipId: string | null } | null {
  const [only] = memberships;
  if (memberships.length !== 1 || !only) return null;
  if (only.function !== "ADMINISTRATIVE") return { membershipId: only.id, organisationId: only.organisationId, actingForMembershipId: null };
  const [physician] = only.worksFor;
  return { membershipId: only.id, organisationId: only.organisationId, actingForMembershipId: only.worksFor.length === 1 && physician ? physician.physicianMembershipId : null };
}
