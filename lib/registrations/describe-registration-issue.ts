import { describeIssue } from "@/lib/modules/describe-issue";
import { hospitalListMessage, isHospitalListRule } from "@/lib/modules/hospital-lists";
import { formOf, getModule } from "@/lib/modules/registry";
import type { RegistrationKind } from "@/lib/modules/types";
import { formatPatientIssue } from "@/lib/patients/patient-messages";
import { isPatientRule } from "@/lib/patients/patient-rules";
import type { Locale, ValidationIssue } from "@/lib/validation/types";

/** Which form a registration's issues belong to: its module and kind (given, never guessed). */
export interface IssueSource {
  moduleId: string;
  kind?: RegistrationKind;
}

/**
 * An issue of a registration in the user's language, naming its field: the patient rules own
 * the patient block's issues, the registration's form (module and kind) all the others.
 */
export function describeRegistrationIssue(source: IssueSource | undefined, issue: ValidationIssue, locale: Locale): string {
  const declaration = source && getModule(source.moduleId);
  if (isPatientRule(issue.ruleId) || !declaration) return formatPatientIssue(issue, locale);
  const { form } = formOf(declaration, source.kind ?? "INITIAL");
  if (isHospitalListRule(issue.ruleId)) return describeIssue({ form, messages: { [issue.messageKey]: hospitalListMessage } }, issue, locale);
  return describeIssue({ form, messages: declaration.messages }, issue, locale);
}
