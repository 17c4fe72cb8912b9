import { evaluateCondition, type Scope } from "./conditions";
import { rowColumns } from "./field-types/grid";
import { isEmptyValue, isRecord, joinPath } from "./paths";
import type { FormDefinition, FormField, InputField, RuleFinding } from "./types";

function isRequiredIn(field: InputField, scope: Scope): boolean {
  return typeof field.required === "boolean" ? field.required : evaluateCondition(field.required, scope);
}

function own(item: unknown, key: string): unknown {
  return isRecord(item) && Object.hasOwn(item, key) ? item[key] : undefined;
}

/**
 * Visible required fields left empty (grid cells included), and required groups without items,
 * read from the form metadata so the asterisks on screen and the "required" rule can never disagree.
 * `skipKeys` leaves fields to a more specific rule (e.g. a trial id checked for its format too).
 * It walks the form as walkVisibleFields does (same visibility), without building every field's
 * path and scope: every validation of every registration runs it over the whole form.
 */
export function findMissingRequired(
  form: FormDefinition,
  data: unknown,
  skipKeys: readonly string[] = [],
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const missing = (field: FormField, path: string) => findings.push({ path, params: { field: field.id } });

  const visitCells = (grid: InputField, path: string, root: unknown, gridValue: unknown) => {
    for (const row of grid.rows ?? []) {
      const cells = own(gridValue, row.key);
      const scope: Scope = { root, item: cells };
      for (const column of rowColumns(grid, row)) {
        if (column.visibleWhen && !evaluateCondition(column.visibleWhen, scope)) continue;
        if (column.type === "computed" || skipKeys.includes(column.key) || !isEmptyValue(own(cells, column.key))) continue;
        if (isRequiredIn(column, scope)) missing(column, joinPath(path, row.key, column.key));
      }
    }
  };

  const visit = (fields: readonly FormField[], scope: Scope, basePath: string) => {
    for (const field of fields) {
      if (field.visibleWhen && !evaluateCondition(field.visibleWhen, scope)) continue;
      const value = own(scope.item, field.key);
      if (field.kind === "group") {
        const list: unknown[] = Array.isArray(value) ? value : [];
        if (list.length < field.minItems && !skipKeys.includes(field.key)) missing(field, joinPath(basePath, field.key));
        for (let index = 0; index < list.length; index += 1) visit(field.fields, { root: scope.root, item: list[index] }, joinPath(basePath, field.key, index));
        continue;
      }
      if (field.type !== "computed" && !skipKeys.includes(field.key) && isEmptyValue(value) && isRequiredIn(field, scope)) missing(field, joinPath(basePath, field.key));
      if (field.type === "grid") visitCells(field, joinPath(basePath, field.key), scope.root, value);
    }
  };

  const scope: Scope = { root: data, item: data };
  for (const section of form.sections) {
    if (section.visibleWhen && !evaluateCondition(section.visibleWhen, scope)) continue;
    visit(section.fields, scope, "");
  }
  return findings;
}
