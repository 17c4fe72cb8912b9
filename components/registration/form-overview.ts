/**
 * What the form tells about itself as a whole: per section, how many required fields are filled
 * and how many findings it has (the section index), and which filled fields a change hides (the
 * values to clear on confirmation). Pure: unit-tested directly.
 */
import type { Scope } from "@/lib/modules/conditions";
import { getAtPath } from "@/lib/modules/paths";
import type { FormDefinition, FormSection, InputField } from "@/lib/modules/types";
import { walkVisibleCells, walkVisibleFields } from "@/lib/modules/walk";
import type { ValidationIssue } from "@/lib/validation/types";
import { isRequired } from "./form-values";

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (typeof value === "number") return !Number.isNaN(value);
  if (Array.isArray(value)) return value.length > 0;
  return value !== false;
}

export interface SectionStatus {
  id: string;
  required: number;
  filled: number;
  errors: number;
  warnings: number;
}

const single = (form: FormDefinition, section: FormSection): FormDefinition => ({ ...form, sections: [section] });

/** The visible sections with their completeness and findings, in form order. */
export function sectionStatuses(form: FormDefinition, values: unknown, issues: readonly ValidationIssue[]): SectionStatus[] {
  const statuses: SectionStatus[] = [];
  const sectionOfKey = new Map<string, string>();
  for (const section of form.sections) for (const field of section.fields) sectionOfKey.set(field.key, section.id);
  for (const section of form.sections) {
    const fields = [...walkVisibleFields(single(form, section), values)];
    if (fields.length === 0) continue;
    let required = 0;
    let filled = 0;
    const count = (field: InputField, path: string, scope: Scope) => {
      if (field.type === "computed" || !isRequired(field, scope)) return;
      required += 1;
      if (isFilled(getAtPath(values, path))) filled += 1;
    };
    for (const { field, path, scope } of fields) {
      if (field.kind !== "field") continue;
      count(field, path, scope);
      if (field.type === "grid") for (const cell of walkVisibleCells(field, path, values)) count(cell.field, cell.path, cell.scope);
    }
    const own = issues.filter((issue) => sectionOfKey.get(issue.path.split(".")[0] ?? "") === section.id);
    statuses.push({
      id: section.id,
      required,
      filled,
      errors: own.filter((issue) => issue.severity === "error").length,
      warnings: own.filter((issue) => issue.severity === "warning").length,
    });
  }
  return statuses;
}

/** The visible input fields of `data` with their paths, grid cells included (a grid's tumour-2 cells). */
function* visibleInputs(form: FormDefinition, data: unknown): Generator<{ field: InputField; path: string }> {
  for (const { field, path } of walkVisibleFields(form, data)) {
    if (field.kind !== "field" || field.type === "computed") continue;
    if (field.type !== "grid") yield { field, path };
    else for (const cell of walkVisibleCells(field, path, data)) yield cell;
  }
}

/** Paths of input fields shown and filled in `before` that `after` hides while still holding a value. */
export function hiddenFilledPaths(form: FormDefinition, before: unknown, after: unknown): string[] {
  const visibleNow = new Set<string>();
  for (const { path } of visibleInputs(form, after)) visibleNow.add(path);
  const hidden: string[] = [];
  for (const { path } of visibleInputs(form, before)) {
    if (visibleNow.has(path)) continue;
    if (isFilled(getAtPath(before, path)) && isFilled(getAtPath(after, path))) hidden.push(path);
  }
  return hidden;
}
