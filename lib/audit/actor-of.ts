import type { SessionContext } from "@/lib/access/session-context";
import type { AuditActor } from "./record-audit-event";

/** Who acts, where, and for whom, as recorded in the audit trail. */
export function actorOf(context: SessionContext): AuditActor {
  return {
    personId: context.person.id,
    organisationId: context.membership?.organisationId ?? null,
    actingForMembershipId: context.actingFor?.membershipId ?? null,
  };
}
