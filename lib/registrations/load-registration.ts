import type { Prisma } from "@/generated/prisma/client";
import { registrationWhere, type RegistrationAction } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { isUuid } from "@/lib/security/uuid";
import { decryptIdentity } from "@/lib/patients/identity-protection";
import type { RegistrationView } from "./registration-view";

const include = {
  organisation: true,
  responsiblePhysician: { include: { person: true } },
  createdBy: true,
  sentBy: true,
  patient: true,
  followUpOf: { select: { id: true, reference: true, sentAt: true, formData: true } },
  copiedFrom: { select: { id: true, reference: true } },
  confirmations: { include: { confirmedBy: true }, orderBy: { confirmedAt: "asc" } },
  tumourDecisions: { include: { decidedBy: true }, orderBy: [{ decidedAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.RegistrationInclude;

type Row = Prisma.RegistrationGetPayload<{ include: typeof include }>;

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** The registration if the policy allows `action` on it; null otherwise (indistinguishable from missing). */
export async function loadRegistration(
  context: SessionContext | null,
  id: string,
  action: RegistrationAction,
  db: Pick<Db, "registration"> = getDb(),
): Promise<RegistrationView | null> {
  const where = registrationWhere(context, action);
  if (!where || !isUuid(id)) return null;
  const row = await db.registration.findFirst({ where: { AND: [where, { id }] }, include });
  return row ? toView(row) : null;
}

export function toView(row: Row): RegistrationView {
  return {
    id: row.id,
    moduleId: row.moduleId,
    kind: row.kind,
    followUpOf: row.followUpOf,
    status: row.status,
    validationStatus: row.validationStatus,
    version: row.version,
    reference: row.reference,
    correctionOfReference: row.correctionOfReference,
    copiedFrom: row.copiedFrom,
    organisation: { id: row.organisation.id, name: row.organisation.name },
    responsiblePhysician: { membershipId: row.responsiblePhysicianId, name: fullName(row.responsiblePhysician.person) },
    createdByName: fullName(row.createdBy),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sentAt: row.sentAt,
    sentByName: row.sentBy ? fullName(row.sentBy) : null,
    patient: row.patient ? decryptIdentity(row.patient) : {},
    identifiedByService: row.patient?.identifiedByService ?? false,
    formData: row.formData,
    confirmations: row.confirmations.map((c) => ({
      ruleId: c.ruleId,
      ruleVersion: c.ruleVersion,
      fieldPath: c.fieldPath,
      comment: c.comment,
      confirmedByName: fullName(c.confirmedBy),
      confirmedAt: c.confirmedAt,
    })),
    tumourDecisions: row.tumourDecisions.map((d) => ({
      ruleId: d.ruleId,
      outcome: d.outcome,
      otherRegistrationId: d.otherRegistrationId,
      otherReference: d.otherReference,
      choice: d.choice,
      comment: d.comment,
      decidedByName: fullName(d.decidedBy),
      decidedAt: d.decidedAt,
    })),
  };
}
