import type { SessionContext } from "@/lib/access/session-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { managerScope } from "./manager-scope";
import { refused, type AccessManagementResult } from "./result";
import { ZLinkPhysician, type TLinkPhysicianInput } from "./schemas";
import { isUniqueViolation } from "./unique-violation";
import { translatedFieldErrors } from "@/lib/validation/field-errors";

/**
 * Hierarchy of responsibilities: an administrative employee starts registering for a physician.
 * Both memberships must be active and belong to the manager's hospital.
 */
export async function linkPhysician(
  context: SessionContext | null,
  input: TLinkPhysicianInput,
  db: Db = getDb(),
): Promise<AccessManagementResult<{ linkId: string }>> {
  const scope = managerScope(context);
  if (!scope) return refused("forbidden");
  const parsed = ZLinkPhysician.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { administrativeMembershipId, physicianMembershipId } = parsed.data;
  const { organisationId } = scope;

  try {
    return await db.$transaction(async (tx): Promise<AccessManagementResult<{ linkId: string }>> => {
      const select = { id: true, personId: true, function: true, active: true } as const;
      const administrative = await tx.membership.findFirst({ where: { id: administrativeMembershipId, organisationId }, select });
      const physician = await tx.membership.findFirst({ where: { id: physicianMembershipId, organisationId }, select });
      if (!administrative || !physician) return refused("notFound");
      if (administrative.function !== "ADMINISTRATIVE") return refused("notAdministrative");
      if (physician.function !== "SPECIALIST") return refused("notSpecialist");
      if (!administrative.active || !physician.active) return refused("membershipInactive");
      // A manager who also works as administrative staff does not give themselves a physician's rights.
      if (administrative.personId === scope.personId) return refused("ownAccess");

      const existing = await tx.responsibilityLink.findUnique({
        where: { administrativeMembershipId_physicianMembershipId: { administrativeMembershipId, physicianMembershipId } },
        select: { id: true },
      });
      if (existing) return refused("linkExists");

      const link = await tx.responsibilityLink.create({ data: { administrativeMembershipId, physicianMembershipId }, select: { id: true } });
      await recordAuditEvent(tx, scope.actor, {
        action: "access.link.create",
        details: { linkId: link.id, administrativeMembershipId, physicianMembershipId },
      });
      return { ok: true, data: { linkId: link.id } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("linkExists");
    throw error;
  }
}
