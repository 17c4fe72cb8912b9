/**
 * Who may use a hospital's campus list (the sites a registration names, Annex 55 10B.2): part of
 * the one access policy, kept beside policy.ts. Fails closed: a function or action not listed is
 * refused, and the list is only ever the caller's own hospital's.
 *  - view: everyone of the hospital (the registration form offers the campuses);
 *  - manage (add, rename, deactivate, reactivate): the hospital's access managers.
 */
import type { MemberFunction } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import { isReady, type SessionContext } from "./session-context";

export type CampusAction = "view" | "manage";

const allowed: Record<CampusAction, ReadonlySet<MemberFunction>> = {
  view: new Set(["SPECIALIST", "ADMINISTRATIVE", "COORDINATOR", "ACCESS_MANAGER"]),
  manage: new Set(["ACCESS_MANAGER"]),
};

/** What a campus use case may touch (one hospital's list) and who the audit events name. */
export interface CampusScope {
  organisationId: string;
  actor: AuditActor;
}

/** The hospital whose campus list `action` may touch, or null when it is not allowed. */
export function campusScope(context: SessionContext | null, action: CampusAction): CampusScope | null {
  if (!context || !isReady(context)) return null;
  const { membership } = context;
  if (!allowed[action]?.has(membership.function)) return null;
  return {
    organisationId: membership.organisationId,
    actor: {
      personId: context.person.id,
      organisationId: membership.organisationId,
      actingForMembershipId: context.actingFor?.membershipId ?? null,
    },
  };
}
