import type { SessionContext } from "@/lib/access/session-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { managedFunctions } from "./managed-functions";
import { managerScope } from "./manager-scope";
import { refused, type AccessManagementResult } from "./result";
import { ZSetMembershipActive, type TSetMembershipActiveInput } from "./schemas";
import { translatedFieldErrors } from "@/lib/validation/field-errors";

export interface MembershipActivity {
  membershipId: string;
  active: boolean;
  /** False when the membership already had that state (nothing written, nothing audited). */
  changed: boolean;
}

/**
 * Deactivates or reactivates a membership of the manager's hospital. Memberships are never
 * deleted: registrations refer to them. A deactivated membership stops working at once — the
 * session context only loads active memberships and active acting-for physicians.
 */
export async function setMembershipActive(
  context: SessionContext | null,
  input: TSetMembershipActiveInput,
  db: Db = getDb(),
): Promise<AccessManagementResult<MembershipActivity>> {
  const scope = managerScope(context);
  if (!scope) return refused("forbidden");
  const parsed = ZSetMembershipActive.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { membershipId, active } = parsed.data;

  return db.$transaction(async (tx): Promise<AccessManagementResult<MembershipActivity>> => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, organisationId: scope.organisationId, function: { in: [...managedFunctions] } },
      select: { id: true, personId: true, function: true, active: true },
    });
    if (!membership) return refused("notFound");
    if (membership.personId === scope.personId) {
      return refused(!active && membership.function === "ACCESS_MANAGER" ? "selfLockOut" : "ownAccess");
    }
    if (membership.active === active) return { ok: true, data: { membershipId, active, changed: false } };

    await tx.membership.update({ where: { id: membership.id }, data: { active } });
    await recordAuditEvent(tx, scope.actor, {
      action: active ? "access.membership.reactivate" : "access.membership.deactivate",
      details: { personId: membership.personId, membershipId: membership.id, function: membership.function },
    });
    return { ok: true, data: { membershipId, active, changed: true } };
  });
}
