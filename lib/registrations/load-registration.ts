import type { Prisma } from "@/generated/prisma/client";
import { readerAudience, registrationWhere, type RegistrationAction } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { campusListSelect, hospitalListsOf } from "@/lib/campuses/hospital-lists";
import { getDb, type Db } from "@/lib/db/client";
import { isUuid } from "@/lib/security/uuid";
import { dataForAudience } from "@/lib/modules/audience";
import { formOf, getModule } from "@/lib/modules/registry";
import type { ExportAudience } from "@/lib/modules/types";
import { decryptIdentity } from "@/lib/patients/identity-protection";
import type { RegistrationView } from "./registration-view";

const linked = { id: true, moduleId: true, reference: true, status: true, organisationId: true } satisfies Prisma.RegistrationSelect;

const include = {
  organisation: { include: { campuses: { select: campusListSelect } } },
  responsiblePhysician: { include: { person: true } },
  createdBy: true,
  sentBy: true,
  patient: true,
  followUpOf: { select: { id: true, reference: true, sentAt: true, formData: true } },
  copiedFrom: { select: { id: true, reference: true } },
  sourceRegistration: { select: linked },
  projectRegistrations: { select: linked, orderBy: [{ createdAt: "asc" }] },
  startedFromOffer: { select: { prefilledFields: true }, take: 1 },
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
  return row ? forAudience(toView(row), readerAudience(context)) : null;
}

/**
 * The view cut to what its reader may see: registry staff never get the fields for the hospital's
 * own use (lib/modules/audience.ts), in the registration nor in the original a follow-up follows.
 */
export function forAudience(view: RegistrationView, audience: ExportAudience): RegistrationView {
  const declaration = getModule(view.moduleId);
  view.audience = audience;
  if (!declaration) return view;
  view.formData = dataForAudience(formOf(declaration, view.kind ?? "INITIAL").form, view.formData, audience);
  if (view.followUpOf) view.followUpOf = { ...view.followUpOf, formData: dataForAudience(declaration.form, view.followUpOf.formData, audience) };
  return view;
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
    sourceRegistration: row.sourceRegistration ? withoutOrganisation(row.sourceRegistration) : undefined,
    // Only the hospital's own project registrations: another hospital's are not this one's to show.
    projectRegistrations: row.projectRegistrations.filter((p) => p.organisationId === row.organisationId).map(withoutOrganisation),
    prefilledFields: prefilledOf(row.startedFromOffer[0]?.prefilledFields),
    organisation: { id: row.organisation.id, name: row.organisation.name },
    hospitalLists: hospitalListsOf(row.organisation.campuses),
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

function withoutOrganisation(link: { id: string; moduleId: string; reference: string | null; status: "DRAFT" | "SENT"; organisationId: string }) {
  return { id: link.id, moduleId: link.moduleId, reference: link.reference, status: link.status };
}

function prefilledOf(value: unknown): Record<string, string> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
