import { evaluateCondition } from "./conditions";
import { isEmptyValue } from "./paths";
import type { FormDefinition, RuleFinding } from "./types";
import { walkVisibleFields } from "./walk";

/**
 * Visible required fields left empty, and required groups without items, read from the form
 * metadata so the asterisks on screen and the "required" rule can never disagree.
 * `skipKeys` leaves fields to a more specific rule (e.g. a trial id checked for its format too).
 */
export function findMissingRequired(
  form: FormDefinition,
  data: unknown,
  skipKeys: readonly string[] = [],
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const { field, path, value, scope } of walkVisibleFields(form, data)) {
    if (skipKeys.includes(field.key)) continue;
    if (field.kind === "group") {
      const count = Array.isArray(value) ? value.length : 0;
      if (count < field.minItems) findings.push({ path, params: { field: field.id } });
      continue;
    }
    if (field.type === "computed") continue;
    const required = typeof field.required === "boolean" ? field.required : evaluateCondition(field.required, scope);
    if (required && isEmptyValue(value)) findings.push({ path, params: { field: field.id } });
  }
  return findings;
}
