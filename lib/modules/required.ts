import { evaluateCondition, type Scope } from "./conditions";
import { getAtPath, isEmptyValue } from "./paths";
import type { FormDefinition, InputField, RuleFinding } from "./types";
import { walkVisibleCells, walkVisibleFields } from "./walk";

function isRequiredIn(field: InputField, scope: Scope): boolean {
  return typeof field.required === "boolean" ? field.required : evaluateCondition(field.required, scope);
}

/**
 * Visible required fields left empty (grid cells included), and required groups without items,
 * read from the form metadata so the asterisks on screen and the "required" rule can never disagree.
 * `skipKeys` leaves fields to a more specific rule (e.g. a trial id checked for its format too).
 */
export function findMissingRequired(
  form: FormDefinition,
  data: unknown,
  skipKeys: readonly string[] = [],
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const check = (field: InputField, path: string, value: unknown, scope: Scope) => {
    if (skipKeys.includes(field.key) || field.type === "computed") return;
    if (isRequiredIn(field, scope) && isEmptyValue(value)) findings.push({ path, params: { field: field.id } });
  };
  for (const { field, path, value, scope } of walkVisibleFields(form, data)) {
    if (field.kind === "group") {
      if (skipKeys.includes(field.key)) continue;
      const count = Array.isArray(value) ? value.length : 0;
      if (count < field.minItems) findings.push({ path, params: { field: field.id } });
      continue;
    }
    check(field, path, value, scope);
    if (field.type === "grid") for (const cell of walkVisibleCells(field, path, data)) check(cell.field, cell.path, getAtPath(data, cell.path), cell.scope);
  }
  return findings;
}
