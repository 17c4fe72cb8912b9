import type { DraftParse } from "./draft-parser";
import type { ValidationIssue } from "@/lib/validation/types";
import type { FormDefinition, ModuleRule, ValidationContext } from "./types";
import { findField } from "./walk";

/** Runs the rules in order; each finding becomes an issue carrying its rule's id and version. */
export function runRules<TData>(
  rules: readonly ModuleRule<TData>[],
  data: TData,
  context: ValidationContext,
): ValidationIssue[] {
  // Loops rather than flatMap: every validation runs every rule, and most find nothing.
  const issues: ValidationIssue[] = [];
  for (const rule of rules) {
    for (const finding of rule.check(data, context)) {
      issues.push({
        ruleId: rule.id,
        ruleVersion: rule.version,
        severity: rule.severity,
        path: finding.path,
        messageKey: finding.messageKey ?? rule.id,
        ...(finding.params ? { params: finding.params } : {}),
      });
    }
  }
  return issues;
}

/** The rule reported when content does not even have the form's shape (tampering or a bug). */
export interface FormatRule {
  id: string;
  version: number;
}

/**
 * Validation as every module does it: content of the wrong shape gives one format error per
 * offending value (the other rules need well-formed data), otherwise all rules run.
 * Every issue gets params.field = the field's id ("C2"), so text rendered without the form
 * (plain formatMessage, logs) still names the field; describeIssue shows the full label.
 */
export function createValidator<TData>(
  parseDraft: DraftParse<TData>,
  rules: readonly ModuleRule<TData>[],
  formatRule: FormatRule,
  form: FormDefinition,
): (data: unknown, context: ValidationContext) => ValidationIssue[] {
  const withFieldId = (issue: ValidationIssue): ValidationIssue => {
    if (issue.params?.field !== undefined) return issue;
    const field = findField(form, issue.path)?.field.id ?? issue.path;
    return { ...issue, params: { ...issue.params, field } };
  };
  return (data, context) => {
    const parsed = parseDraft(data);
    if (parsed.success) return runRules(rules, parsed.data, context).map(withFieldId);
    return parsed.error.issues.map((issue) =>
      withFieldId({
        ruleId: formatRule.id,
        ruleVersion: formatRule.version,
        severity: "error",
        path: issue.path.map(String).join("."),
        messageKey: formatRule.id,
      }),
    );
  };
}
