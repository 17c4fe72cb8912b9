import type { SessionContext } from "@/lib/access/session-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { managerScope } from "./manager-scope";
import { refused, type AccessManagementResult } from "./result";
import { ZRemoveLink, type TRemoveLinkInput } from "./schemas";
import { translatedFieldErrors } from "@/lib/validation/field-errors";

/**
 * Ends a responsibility link of the manager's hospital (also when one side is inactive). The
 * employee's sessions acting for that physician lose the physician on their next request.
 */
export async function removeLink(
  context: SessionContext | null,
  input: TRemoveLinkInput,
  db: Db = getDb(),
): Promise<AccessManagementResult<{ linkId: string }>> {
  const scope = managerScope(context);
  if (!scope) return refused("forbidden");
  const parsed = ZRemoveLink.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { linkId } = parsed.data;
  const { organisationId } = scope;

  return db.$transaction(async (tx): Promise<AccessManagementResult<{ linkId: string }>> => {
    const link = await tx.responsibilityLink.findFirst({
      where: { id: linkId, administrative: { organisationId }, physician: { organisationId } },
      select: { id: true, administrativeMembershipId: true, physicianMembershipId: true, administrative: { select: { personId: true } } },
    });
    if (!link) return refused("notFound");
    if (link.administrative.personId === scope.personId) return refused("ownAccess");
    // deleteMany: a concurrent removal then deletes nothing instead of throwing.
    const { count } = await tx.responsibilityLink.deleteMany({ where: { id: link.id } });
    if (count === 0) return refused("notFound");
    await recordAuditEvent(tx, scope.actor, {
      action: "access.link.remove",
      details: { linkId: link.id, administrativeMembershipId: link.administrativeMembershipId, physicianMembershipId: link.physicianMembershipId },
    });
    return { ok: true, data: { linkId: link.id } };
  });
}
