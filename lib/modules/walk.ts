import { evaluateCondition, type Scope } from "./conditions";
import { gridCells, rowColumns } from "./field-types/grid";
import { getAtPath, isRecord, joinPath } from "./paths";
import type { FormDefinition, FormField, InputField, RepeatableGroup } from "./types";

/** One field of the form as it occurs in some data: plan 2's start date is "plans.1.startDate". */
export interface FieldInstance {
  field: FormField;
  path: string;
  /** The value at `path` (read from the item, not again from the root). */
  value: unknown;
  scope: Scope;
  /** The repeatable items on the way, outermost first: [{ plans, 1 }, { lesions, 0 }]. */
  items: readonly { group: RepeatableGroup; index: number }[];
}

/**
 * Visits every visible field instance of the data, in form order; a group is visited before its
 * items. Hidden fields are skipped: they do not count for validation or exports.
 */
export function* walkVisibleFields(form: FormDefinition, data: unknown): Generator<FieldInstance> {
  const scope: Scope = { root: data, item: data };
  for (const section of form.sections) {
    if (section.visibleWhen && !evaluateCondition(section.visibleWhen, scope)) continue;
    yield* walkFields(section.fields, scope, "", []);
  }
}

function* walkFields(
  fields: readonly FormField[],
  scope: Scope,
  basePath: string,
  items: FieldInstance["items"],
): Generator<FieldInstance> {
  for (const field of fields) {
    if (field.visibleWhen && !evaluateCondition(field.visibleWhen, scope)) continue;
    const path = joinPath(basePath, field.key);
    const value = isRecord(scope.item) && Object.hasOwn(scope.item, field.key) ? scope.item[field.key] : undefined;
    yield { field, path, value, scope, items };
    if (field.kind !== "group" || !Array.isArray(value)) continue;
    const list: unknown[] = value;
    for (let index = 0; index < list.length; index += 1) {
      const itemScope: Scope = { root: scope.root, item: list[index] };
      yield* walkFields(field.fields, itemScope, joinPath(path, index), [...items, { group: field, index }]);
    }
  }
}

/**
 * The visible cells of the grid at `path` ("markers.ki67.tumour1"), row by row, with their values
 * (read from `gridValue`, the grid's value, when the caller has it): a cell's conditions read its
 * row, with "/" for the root, as on the form.
 */
export function* walkVisibleCells(
  grid: InputField,
  path: string,
  root: unknown,
  gridValue: unknown = getAtPath(root, path),
): Generator<{ field: InputField; path: string; value: unknown; scope: Scope }> {
  for (const row of grid.rows ?? []) {
    const rowPath = joinPath(path, row.key);
    const cells = isRecord(gridValue) && Object.hasOwn(gridValue, row.key) ? gridValue[row.key] : undefined;
    const scope: Scope = { root, item: cells };
    for (const column of rowColumns(grid, row)) {
      if (column.visibleWhen && !evaluateCondition(column.visibleWhen, scope)) continue;
      const value = isRecord(cells) && Object.hasOwn(cells, column.key) ? cells[column.key] : undefined;
      yield { field: column, path: joinPath(rowPath, column.key), value, scope };
    }
  }
}

/** The declaration of the field at a data path, whatever the data ("plans.1.startDate" → C1). */
export function findField(
  form: FormDefinition,
  path: string,
): { field: FormField; items: { group: RepeatableGroup; index: number }[] } | undefined {
  const segments = path.split(".");
  let fields: readonly FormField[] = form.sections.flatMap((section) => section.fields);
  const items: { group: RepeatableGroup; index: number }[] = [];
  for (let position = 0; position < segments.length; position += 1) {
    const field = fields.find((candidate) => candidate.key === segments[position]);
    if (!field) return undefined;
    if (position === segments.length - 1) return { field, items };
    // A path inside a grid ("markers.KRAS.tumour1") is its cell's, labelled "KRAS – Tumour 1"; anything else in it the grid's.
    if (field.kind === "field" && field.type === "grid") {
      const [row, column, ...rest] = segments.slice(position + 1);
      const cell = rest.length === 0 ? gridCells(field).find((candidate) => candidate.row === row && candidate.column.key === column) : undefined;
      return { field: cell ? cell.field : field, items };
    }
    if (field.kind !== "group") return undefined;
    const index = Number(segments[position + 1]);
    if (!Number.isInteger(index) || index < 0) return undefined;
    if (position + 1 === segments.length - 1) return { field, items };
    items.push({ group: field, index });
    fields = field.fields;
    position += 1;
  }
  return undefined;
}
