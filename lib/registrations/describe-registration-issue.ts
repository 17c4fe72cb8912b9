import { describeIssue } from "@/lib/modules/describe-issue";
import type { AnyModuleDeclaration } from "@/lib/modules/types";
import { formatPatientIssue } from "@/lib/patients/patient-messages";
import { isPatientRule } from "@/lib/patients/patient-rules";
import type { Locale, ValidationIssue } from "@/lib/validation/types";

/**
 * An issue of a registration in the user's language, naming its field: the patient rules own
 * the patient block's issues, the registration's module (given, never guessed) all the others.
 */
export function describeRegistrationIssue(declaration: AnyModuleDeclaration | undefined, issue: ValidationIssue, locale: Locale): string {
  if (isPatientRule(issue.ruleId) || !declaration) return formatPatientIssue(issue, locale);
  return describeIssue(declaration, issue, locale);
}
