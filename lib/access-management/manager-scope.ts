import { managedOrganisationId } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import type { AuditActor } from "@/lib/audit/record-audit-event";

/** What an access-management use case may touch, and who the audit events name. */
export interface ManagerScope {
  organisationId: string;
  /** The manager's own person id, to refuse changes to their own access. */
  personId: string;
  actor: AuditActor;
}

/**
 * The organisation the caller manages, or null for anyone else. Every use case calls this before
 * reading anything and adds `organisationId` to each query, so another hospital's id finds nothing.
 */
export function managerScope(context: SessionContext | null): ManagerScope | null {
  const organisationId = managedOrganisationId(context);
  if (!context || !organisationId) return null;
  return {
    organisationId,
    personId: context.person.id,
    actor: { personId: context.person.id, organisationId, actingForMembershipId: null },
  };
}
