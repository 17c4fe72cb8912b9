import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import type { IdentifyPerson } from "@/lib/patients/identify-person";
import { validatePatient } from "@/lib/patients/patient-rules";
import { ZPatientIdentification, type TPatientIdentification } from "@/lib/patients/patient-schema";
import { confirmServiceIdentity } from "./confirm-service-identity";
import { patientShapeIssues } from "@/lib/patients/patient-shape-issues";
import { createRegistration, fieldErrorsOf } from "./create-registration";
import { identifyPersonService } from "./identify-person-service";
import { refuse, type Result } from "./result";
import { saveDraft } from "./save-draft";

export interface SubmitPatientInput {
  /** A new registration in this module… */
  moduleId?: string;
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
  return createRegistration(context, { moduleId: input.moduleId, patient: patient.data, identifiedByService }, db);
}
