import { fieldDomId } from "@/components/registration/field-dom-id";
import type { RegistrationIssue } from "@/components/registration/types";
import { isPatientRule } from "@/lib/patients/patient-rules";
import type { IssueSource } from "@/lib/registrations/describe-registration-issue";
import type { ValidationIssue } from "@/lib/validation/types";
import { describeIssues } from "./describe-issues";

/**
 * The server's findings as the form shows them, numbered as on the summary page (errors first,
 * then warnings, then information); the patient block's issues link to the patient page.
 */
export async function formIssues(registrationId: string, issues: ValidationIssue[], source: IssueSource): Promise<RegistrationIssue[]> {
  const described = await describeIssues(issues, source);
  const ordered = [
    ...described.filter(({ issue }) => issue.severity === "error"),
    ...described.filter(({ issue }) => issue.severity === "warning"),
    ...described.filter(({ issue }) => issue.severity === "information"),
  ];
  return ordered.map(({ issue, message }) =>
    isPatientRule(issue.ruleId)
      ? { issue, message, href: `/registrations/${registrationId}/patient#${fieldDomId(issue.path)}` }
      : { issue, message },
  );
}
