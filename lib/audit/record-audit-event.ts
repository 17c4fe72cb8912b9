import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { AuditAction } from "./audit-actions";

/** Who did it, for whom and where: taken from the session context. */
export interface AuditActor {
  personId: string | null;
  organisationId: string | null;
  actingForMembershipId: string | null;
}

export interface AuditEntry {
  /** Only the listed ids: each has a label on the audit page. */
  action: AuditAction;
  moduleId?: string | null;
  registrationId?: string | null;
  details?: Prisma.InputJsonValue;
  /**
   * The organisations whose registrations were read or changed. Those other than the actor's
   * are kept on the event, so their coordinators see it in their trail (registry staff reading
   * a hospital's sent registrations).
   */
  subjectOrganisationIds?: readonly string[];
}

type Writer = Pick<Db, "auditEvent">;

/** Appends one audit event (F-SEC-1). Pass the transaction client to record atomically. */
export async function recordAuditEvent(db: Writer, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      personId: actor.personId,
      organisationId: actor.organisationId,
      actingForMembershipId: actor.actingForMembershipId,
      moduleId: entry.moduleId ?? null,
      registrationId: entry.registrationId ?? null,
      details: entry.details,
      subjectOrganisationIds: [...new Set(entry.subjectOrganisationIds ?? [])].filter((id) => id !== actor.organisationId),
    },
  });
}
