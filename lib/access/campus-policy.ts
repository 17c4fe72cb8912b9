/**
 * Who may use a hospital's campus list (the sites a registration names, Annex 55 10B.2): part of
 * the one access policy, kept beside policy.ts. Fails closed: a function or action not listed is
 * refused, and the list is only ever the caller's own hospital's.
 *  - view: everyone of the hospital (the registration form offers the campuses);
 *  - manage (add, rename, deactivate, reactivate): the hospital's access managers.
 */
import type { MemberFunction } from "@/generated/prisma/enums";
import { hospitalListScope, type HospitalListScope } from "./hospital-list-scope";
import type { SessionContext } from "./session-context";

export type CampusAction = "view" | "manage";

const allowed: Record<CampusAction, ReadonlySet<MemberFunction>> = {
  view: new Set(["SPECIALIST", "ADMINISTRATIVE", "COORDINATOR", "ACCESS_MANAGER"]),
  manage: new Set(["ACCESS_MANAGER"]),
};

/** What a use case on this list may touch (one hospital's) and who the audit events name. */
export type CampusScope = HospitalListScope;

/** The hospital whose list `action` may touch, or null when it is not allowed. */
export function campusScope(context: SessionContext | null, action: CampusAction): CampusScope | null {
  return hospitalListScope(context, allowed[action]);
}
