import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { isUuid } from "@/lib/security/uuid";
import { getDb, type Db } from "@/lib/db/client";
import type { IdentifyPerson } from "@/lib/patients/identify-person";
import { validatePatient } from "@/lib/patients/patient-rules";
import { ZPatientIdentification, type TPatientIdentification } from "@/lib/patients/patient-schema";
import { confirmServiceIdentity } from "./confirm-service-identity";
import { patientShapeIssues } from "@/lib/patients/patient-shape-issues";
import { createRegistration, fieldErrorsOf } from "./create-registration";
import { identifyPersonService } from "./identify-person-service";
import { ok, refuse, type Result } from "./result";
import { saveDraft } from "./save-draft";

export interface SubmitPatientInput {
  /** A new registration in this module… */
  moduleId?: string;
  /** …started from this page attempt, and from a copy of this registration's content (create-registration.ts). */
  attemptId?: string;
  copyFromId?: string;
  /** …or the patient block of an existing draft. */
  registration?: { id: string; version: number };
  patient: TPatientIdentification;
  identifiedByService: boolean;
}

/**
 * "Next" on the patient identification page: the patient rules must pass (a patient without
 * INSZ needs the explaining comment, PAT-W01) before the form opens; then the draft is created
 * or its patient block saved.
 */
export async function submitPatient(
  context: SessionContext | null,
  input: SubmitPatientInput,
  db: Db = getDb(),
  today: Date = new Date(),
  identify: IdentifyPerson = identifyPersonService(),
): Promise<Result<{ id: string; version: number }>> {
  const patient = ZPatientIdentification.safeParse(input.patient);
  if (!patient.success) {
    return refuse("invalid", { fieldErrors: fieldErrorsOf(patient.error.issues), issues: patientShapeIssues(patient.error.issues) });
  }
  const identifiedByService = await confirmServiceIdentity(patient.data, input.identifiedByService, identify);
  const issues = validatePatient(patient.data, { today, identifySucceeded: identifiedByService });
  if (issues.length > 0) return refuse("invalid", { issues });
  if (input.registration) {
    const { id, version } = input.registration;
    const saved = await saveDraft(context, { id, version, patient: { data: patient.data, identifiedByService } }, db);
    return saved.ok ? { ok: true, data: { id, version: saved.data.version } } : saved;
  }
  if (!input.moduleId) return refuse("invalid");
  const { moduleId, attemptId, copyFromId } = input;
  const continueEarlier = async () => {
    const earlier = attemptId ? await draftOfAttempt(context, moduleId, attemptId, db) : null;
    if (!earlier) return null;
    const saved = await saveDraft(context, { id: earlier.id, version: earlier.version, patient: { data: patient.data, identifiedByService } }, db);
    return saved.ok ? ok({ id: earlier.id, version: saved.data.version }) : saved;
  };
  const continued = await continueEarlier();
  if (continued) return continued;
  // An attempt id already taken by a registration this draft may not continue: a fresh id.
  const freeAttempt = attemptId && !(await attemptTaken(attemptId, db)) ? attemptId : undefined;
  try {
    return await createRegistration(context, { moduleId, patient: patient.data, identifiedByService, attemptId: freeAttempt, copyFromId }, db);
  } catch (error) {
    // Two "Next" of one attempt at the same moment: the other request created the draft.
    if (freeAttempt && isUniqueViolation(error)) return (await continueEarlier()) ?? refuse("stale");
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/** The draft an earlier "Next" of the same page attempt created, when this user may still edit it. */
async function draftOfAttempt(context: SessionContext | null, moduleId: string, attemptId: string, db: Db) {
  const editable = registrationWhere(context, "edit");
  if (!context || !editable || !isUuid(attemptId)) return null;
  return db.registration.findFirst({
    where: { AND: [editable, { id: attemptId, moduleId, createdById: context.person.id, status: "DRAFT" }] },
    select: { id: true, version: true },
  });
}

async function attemptTaken(attemptId: string, db: Db): Promise<boolean> {
  if (!isUuid(attemptId)) return true;
  return (await db.registration.count({ where: { id: attemptId } })) > 0;
}
