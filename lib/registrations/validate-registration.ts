/**
 * The one validation of a registration: the patient rules (all modules) and the module's rules,
 * as structured issues. Used by "Next" (summary), by sending, by bulk sending and by the PDF.
 */
import { hospitalListIssues } from "@/lib/modules/hospital-lists";
import { formOf, getModule } from "@/lib/modules/registry";
import type { PatientContext } from "@/lib/modules/types";
import { parseInsz } from "@/lib/patients/insz";
import { formatPartialDate } from "@/lib/patients/partial-date";
import { validatePatient } from "@/lib/patients/patient-rules";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import { summarise, type ValidationIssue, type ValidationOutcome } from "@/lib/validation/types";
import type { RegistrationView, ValidationStatus } from "./registration-view";

export interface RegistrationOutcome extends ValidationOutcome {
  status: ValidationStatus;
}

type Validatable = Pick<RegistrationView, "moduleId" | "patient" | "formData" | "identifiedByService" | "kind" | "followUpOf" | "hospitalLists">;

export function validateRegistration(
  registration: Validatable,
  { today = new Date(), sendDate }: { today?: Date; sendDate?: Date } = {},
): RegistrationOutcome {
  const declaration = getModule(registration.moduleId);
  if (!declaration) throw new Error(`unknown module ${registration.moduleId}`);
  const form = formOf(declaration, registration.kind ?? "INITIAL");
  const formIssues = form.validate(registration.formData, {
    today,
    sendDate,
    patient: patientContext(registration.patient),
    ...(registration.followUpOf ? { original: registration.followUpOf } : {}),
  });
  const issues: ValidationIssue[] = [
    ...validatePatient(registration.patient, { today, identifySucceeded: registration.identifiedByService }),
    ...formIssues,
    // The hospital-list fields against the registration's hospital lists (its campuses): the one
    // check that needs the hospital, so it is made here rather than by the module's rules.
    ...hospitalListIssues(form.form, registration.formData, registration.hospitalLists),
  ];
  const outcome = summarise(issues);
  return { ...outcome, status: validationStatus(outcome) };
}

export function validationStatus(outcome: ValidationOutcome): ValidationStatus {
  if (outcome.errorCount > 0) return "INVALID";
  return outcome.warningCount > 0 ? "VALID_WITH_WARNINGS" : "VALID";
}

/** Birth date and sex as the declaration rules need them: typed, or derived from the INSZ. */
export function patientContext(patient: TPatientIdentification): PatientContext {
  const parsed = patient.insz ? parseInsz(patient.insz) : null;
  const derived = parsed?.ok ? parsed : null;
  const birthDate = patient.birthDate || (derived ? formatPartialDate(derived.birthDate) ?? undefined : undefined);
  const sex = patient.sex === "M" || patient.sex === "F" ? patient.sex : (derived?.sex ?? null);
  return { birthDate, sex };
}

/** Warnings still needing a confirming comment, given the confirmations the user typed. */
export function unconfirmedWarnings(
  issues: ValidationIssue[],
  confirmations: readonly { ruleId: string; fieldPath: string; comment: string }[],
): ValidationIssue[] {
  return issues.filter(
    (issue) =>
      issue.severity === "warning" &&
      !confirmations.some((c) => c.ruleId === issue.ruleId && c.fieldPath === issue.path && c.comment.trim().length > 0),
  );
}
