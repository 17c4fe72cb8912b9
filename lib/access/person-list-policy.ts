/**
 * Who may use a hospital's person lists (the physicians a module's person field offers, e.g.
 * MOC participants): part of the one access policy, kept beside policy.ts. Fails closed: any
 * function or action not listed is refused, and a list is only ever its own hospital's.
 *  - search and add (typed once in a registration): the people who register — specialists,
 *    administrative staff (acting for a physician) and coordinators;
 *  - view the whole list, correct and remove entries: coordinators and specialists.
 */
import type { MemberFunction } from "@/generated/prisma/enums";
import { hospitalListScope, type HospitalListScope } from "./hospital-list-scope";
import type { SessionContext } from "./session-context";

export type PersonListAction = "search" | "add" | "view" | "correct" | "remove";

const allowed: Record<PersonListAction, ReadonlySet<MemberFunction>> = {
  search: new Set(["SPECIALIST", "ADMINISTRATIVE", "COORDINATOR"]),
  add: new Set(["SPECIALIST", "ADMINISTRATIVE", "COORDINATOR"]),
  view: new Set(["SPECIALIST", "COORDINATOR"]),
  correct: new Set(["SPECIALIST", "COORDINATOR"]),
  remove: new Set(["SPECIALIST", "COORDINATOR"]),
};

/** What a use case on this list may touch (one hospital's) and who the audit events name. */
export type PersonListScope = HospitalListScope;

/** The hospital whose list `action` may touch, or null when it is not allowed. */
export function personListScope(context: SessionContext | null, action: PersonListAction): PersonListScope | null {
  return hospitalListScope(context, allowed[action]);
}
