/**
 * The scope of a use case on one of the hospital's own lists (person lists, campuses): the
 * caller's own hospital, when the caller's function is among `allowedFunctions`; null otherwise
 * (fails closed). Each list's policy file says which functions may do what.
 */
import type { MemberFunction } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import { isReady, type SessionContext } from "./session-context";

/** What a hospital-list use case may touch (one hospital's lists) and who the audit events name. */
export interface HospitalListScope {
  organisationId: string;
  actor: AuditActor;
}

export function hospitalListScope(context: SessionContext | null, allowedFunctions: ReadonlySet<MemberFunction> | undefined): HospitalListScope | null {
  if (!context || !isReady(context)) return null;
  const { membership } = context;
  if (!allowedFunctions?.has(membership.function)) return null;
  return {
    organisationId: membership.organisationId,
    actor: {
      personId: context.person.id,
      organisationId: membership.organisationId,
      actingForMembershipId: context.actingFor?.membershipId ?? null,
    },
  };
}
