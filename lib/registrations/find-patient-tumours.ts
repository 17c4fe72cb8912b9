import type { Prisma } from "@/generated/prisma/client";
import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { readFacts } from "@/lib/modules/facts";
import { formOf, getModule } from "@/lib/modules/registry";
import type { RegistrationKind } from "@/lib/modules/types";
import { retentionDays } from "@/lib/retention/remove-expired-registrations";
import type { KnownTumour, OtherSourceTumour, PatientTumours } from "./tumour-hints";

/** More than any real patient has; keeps a malformed history from making the check slow. */
const MAX_KNOWN = 200;

function factsOf(moduleId: string, kind: RegistrationKind, formData: unknown) {
  const declaration = getModule(moduleId);
  return declaration ? readFacts(formOf(declaration, kind).facts, formData) : {};
}

/**
 * The other tumours known for the patient of registration `id`, found through the blind indexes
 * stored with its patient block (INSZ, insurance number, other identifier; nobody's identity is
 * decrypted): the initial registrations of every module the user may open, with their facts, and
 * the sent registrations of other sources with only their incidence date and source (what list 2
 * of the Sent tab may show). Follow-ups are left out (they follow a tumour already listed), and so
 * are originals replaced by a correction and the registration this one corrects. Null when the
 * user may not open `id`; empty lists when its patient has no identifier yet.
 */
export async function findPatientTumours(context: SessionContext | null, id: string, db: Db = getDb()): Promise<PatientTumours | null> {
  const visible = registrationWhere(context, "view");
  if (!visible) return null;
  const current = await db.registration.findFirst({
    where: { AND: [visible, { id }] },
    select: {
      id: true,
      correctionOfReference: true,
      patient: { select: { inszIndex: true, insuranceNumberIndex: true, otherIdentifierIndex: true } },
    },
  });
  if (!current) return null;
  const empty: PatientTumours = { known: [], others: [], retentionDays: retentionDays() };
  const indexes = current.patient;
  const identifiers: Prisma.RegistrationPatientWhereInput[] = [];
  if (indexes?.inszIndex) identifiers.push({ inszIndex: indexes.inszIndex });
  if (indexes?.insuranceNumberIndex) identifiers.push({ insuranceNumberIndex: indexes.insuranceNumberIndex });
  if (indexes?.otherIdentifierIndex) identifiers.push({ otherIdentifierIndex: indexes.otherIdentifierIndex });
  if (identifiers.length === 0) return empty;
  const samePatient: Prisma.RegistrationWhereInput = { patient: { OR: identifiers }, id: { not: id }, kind: "INITIAL" };

  const [mine, elsewhere] = await Promise.all([
    db.registration.findMany({
      where: { AND: [visible, samePatient] },
      select: { id: true, moduleId: true, kind: true, status: true, reference: true, sentAt: true, formData: true, correctionOfReference: true },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: MAX_KNOWN,
    }),
    db.registration.findMany({
      where: { AND: [{ status: "SENT" }, samePatient, { NOT: visible }] },
      select: {
        moduleId: true,
        formData: true,
        organisation: { select: { name: true } },
        responsiblePhysician: { select: { person: { select: { firstName: true, lastName: true } } } },
      },
      orderBy: [{ sentAt: "desc" }, { id: "desc" }],
      take: MAX_KNOWN,
    }),
  ]);

  const corrected = new Set(mine.flatMap((row) => (row.correctionOfReference ? [row.correctionOfReference] : [])));
  if (current.correctionOfReference) corrected.add(current.correctionOfReference);
  const known: KnownTumour[] = mine
    .filter((row) => !(row.reference && corrected.has(row.reference)))
    .map((row) => {
      const facts = factsOf(row.moduleId, row.kind, row.formData);
      return {
        id: row.id,
        moduleId: row.moduleId,
        status: row.status,
        reference: row.reference,
        sentAt: row.sentAt?.toISOString() ?? null,
        facts: { incidenceDate: facts.incidenceDate, topography: facts.topography, morphology: facts.morphology, laterality: facts.laterality },
      };
    });
  const others: OtherSourceTumour[] = elsewhere.map((row) => ({
    moduleId: row.moduleId,
    incidenceDate: factsOf(row.moduleId, "INITIAL", row.formData).incidenceDate ?? null,
    organisationName: row.organisation.name,
    physicianName: `${row.responsiblePhysician.person.firstName} ${row.responsiblePhysician.person.lastName}`,
  }));
  return { known, others, retentionDays: empty.retentionDays };
}
