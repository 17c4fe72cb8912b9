/**
 * Who may see the fields for the hospital's own use (`neverSent` on a field, group or section):
 * the registry never receives them, so its staff never see them either — not on screen, not in a
 * PDF, not in an export. The audience of a reader is decided once (`readerAudience` in
 * lib/access/policy.ts); the form and the data are cut to it here, for every page and output.
 */
import { isRecord } from "./paths";
import type { ExportAudience, FormDefinition, FormField, FormSection } from "./types";

/** Whether an audience gets the fields marked `neverSent`. */
export const seesOwnUse = (audience: ExportAudience): boolean => audience === "hospital";

const cutForms = new WeakMap<FormDefinition, FormDefinition>();

/** The form as the audience sees it: without the sections, groups and fields marked `neverSent` for the registry. */
export function formForAudience(form: FormDefinition, audience: ExportAudience): FormDefinition {
  if (seesOwnUse(audience)) return form;
  let cut = cutForms.get(form);
  if (!cut) {
    cut = { sections: form.sections.filter((section) => !section.neverSent).map(cutSection) };
    cutForms.set(form, cut);
  }
  return cut;
}

function cutSection(section: FormSection): FormSection {
  return { ...section, fields: cutFields(section.fields) };
}

function cutFields(fields: readonly FormField[]): FormField[] {
  return fields.filter((field) => !field.neverSent).map((field) => (field.kind === "group" ? { ...field, fields: cutFields(field.fields) } : field));
}

/**
 * The form data as the audience may receive it: a copy without the values of the fields marked
 * `neverSent` (in every item of a group) for the registry; the data itself for the hospital.
 */
export function dataForAudience(form: FormDefinition, data: unknown, audience: ExportAudience): unknown {
  if (seesOwnUse(audience) || !isRecord(data)) return data;
  let result: Record<string, unknown> = data;
  for (const section of form.sections) {
    result = section.neverSent ? without(result, section.fields.map((field) => field.key)) : cutValues(result, section.fields);
  }
  return result;
}

function cutValues(item: Record<string, unknown>, fields: readonly FormField[]): Record<string, unknown> {
  let result = item;
  for (const field of fields) {
    if (field.neverSent) {
      result = without(result, [field.key]);
      continue;
    }
    if (field.kind !== "group" || !hasNeverSent(field.fields)) continue;
    const list = result[field.key];
    if (!Array.isArray(list)) continue;
    result = { ...result, [field.key]: list.map((entry) => (isRecord(entry) ? cutValues(entry, field.fields) : entry)) };
  }
  return result;
}

function hasNeverSent(fields: readonly FormField[]): boolean {
  return fields.some((field) => field.neverSent === true || (field.kind === "group" && hasNeverSent(field.fields)));
}

/** A copy without the keys (dotted keys: the nested value), or the item itself when it has none of them. */
function without(item: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  let result = item;
  for (const key of keys) {
    const [head, ...rest] = key.split(".");
    if (!Object.hasOwn(result, head!)) continue;
    if (rest.length === 0) {
      result = Object.fromEntries(Object.entries(result).filter(([name]) => name !== head));
    } else if (isRecord(result[head!])) {
      result = { ...result, [head!]: without(result[head!] as Record<string, unknown>, [rest.join(".")]) };
    }
  }
  return result;
}
