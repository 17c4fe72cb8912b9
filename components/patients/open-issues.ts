/**
 * The patient page keeps what "Next" refused only as long as it is still true (GOV.UK error
 * pattern): after each change the same rules the server ran (patient-rules.ts, shared with the
 * browser) check the current values, and an issue they no longer report leaves the field and the
 * summary at once. New problems wait for the next "Next", so nothing flashes while typing.
 */

import { validatePatient } from "@/lib/patients/patient-rules";
import { PATIENT_SHAPE_RULE } from "@/lib/patients/patient-shape-issues";
import type { ValidationIssue } from "@/lib/validation/types";
import { issueField } from "./patient-form-helpers";
import type { PatientIssueMessage, PatientSubmission } from "./types";

const issueKey = (issue: ValidationIssue) => `${issue.ruleId}|${issue.path}`;

export function stillOpenIssues(
  reported: readonly PatientIssueMessage[],
  submitted: PatientSubmission,
  current: PatientSubmission,
  today: string,
): PatientIssueMessage[] {
  if (reported.length === 0) return [];
  const { identifiedByService, ...patient } = current;
  const open = new Set(validatePatient(patient, { today, identifySucceeded: identifiedByService }).map(issueKey));
  return reported.filter(({ issue }) => {
    // A value the schema refused is not re-checked here: it stays until its field changes.
    if (issue.ruleId === PATIENT_SHAPE_RULE) {
      const field = issueField(issue);
      return field === null || submitted[field] === current[field];
    }
    return open.has(issueKey(issue));
  });
}
