import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { describeIssue } from "@/lib/modules/describe-issue";
import { listModules } from "@/lib/modules/registry";
import { formatPatientIssue } from "@/lib/patients/patient-messages";
import type { ValidationIssue } from "@/lib/validation/types";

export interface DescribedIssue {
  issue: ValidationIssue;
  message: string;
}

/** Issues with their message in the user's language, naming the field (patient or declaration). */
export async function describeIssues(issues: ValidationIssue[]): Promise<DescribedIssue[]> {
  const locale = (await getLocale()) as Locale;
  return issues.map((issue) => ({ issue, message: describeAnyIssue(issue, locale) }));
}

/** Patient rules are shared; declaration rules are found by the declaration that declares the rule id. */
export function describeAnyIssue(issue: ValidationIssue, locale: Locale): string {
  const declaration = listModules().find((m) => m.rules.some((rule) => rule.id === issue.ruleId) || issue.ruleId.startsWith(`${m.id.toUpperCase()}-`));
  return declaration ? describeIssue(declaration, issue, locale) : formatPatientIssue(issue, locale);
}
