/**
 * The field-type registry: one definition per FieldType (one file each), typed so that a new
 * type does not compile until it has every part (schema, format check, display, export cell,
 * dictionary format). Everything that handles field values goes through the functions below.
 */
import { z } from "zod";
import type { Scope } from "@/lib/modules/conditions";
import type { FieldType, FormDefinition, FormField, InputField } from "@/lib/modules/types";
import { checkboxType } from "./checkbox";
import { codeType } from "./code";
import { computedType } from "./computed";
import { dateType } from "./date";
import { decimalType } from "./decimal";
import { fileType } from "./file";
import { gridType } from "./grid";
import { morphologyType, topographyType } from "./icdo3";
import { integerType } from "./integer";
import { multiselectType } from "./multiselect";
import { partialDateType } from "./partial-date";
import { personType } from "./person";
import { selectType } from "./select";
import { textType } from "./text";
import { textareaType } from "./textarea";
import type { DisplayContext, FieldTypeDefinition, FormatProblem } from "./types";
import type { DraftOf, FieldValueOf } from "./value-types";
import { isBlank } from "./values";
import { yearType } from "./year";

export const fieldTypes: { readonly [T in FieldType]: FieldTypeDefinition<FieldValueOf<T>> } = {
  text: textType,
  textarea: textareaType,
  date: dateType,
  partialDate: partialDateType,
  year: yearType,
  integer: integerType,
  decimal: decimalType,
  select: selectType,
  multiselect: multiselectType,
  checkbox: checkboxType,
  topography: topographyType,
  morphology: morphologyType,
  computed: computedType,
  grid: gridType({ schema: fieldSchema, isStored: isStoredFieldValue, display: displayFieldValue }),
  code: codeType,
  person: personType,
  file: fileType,
};

function definitionOf(field: InputField): FieldTypeDefinition<unknown> {
  return fieldTypes[field.type] as FieldTypeDefinition<unknown>;
}

/**
 * Whether a value can be saved as typed (the only check made in the browser: completeness and
 * plausibility are the server rules' job). Blank is always fine; NaN (a number input holding
 * no number) is a typing error.
 */
export function checkFieldFormat(field: InputField, value: unknown): FormatProblem | null {
  if (isBlank(value) && !(typeof value === "number")) return null;
  return definitionOf(field).checkFormat(field, value);
}

/** The value as a registrar reads it (summary, read-only view, PDF); undefined when there is nothing to show. */
export function displayFieldValue(field: InputField, value: unknown, context: DisplayContext): string | undefined {
  if (field.type !== "computed" && (value === undefined || value === null || value === "")) return undefined;
  return definitionOf(field).display(field, value, context);
}

/** The export cell of a field; `scope` is the item it belongs to. */
export function exportCellOf(field: InputField, value: unknown, scope: Scope): string {
  return definitionOf(field).exportCell(field, value, scope);
}

/** How the field's export cells are written, for the data dictionary. */
export function exportFormatOf(field: InputField): string | undefined {
  return definitionOf(field).exportFormat(field);
}

/** Whether a value is one the field's schema returns unchanged (the draft parse's fast path). */
export function isStoredFieldValue(field: InputField, value: unknown): boolean {
  return definitionOf(field).isStored(field, value);
}

/** The stored schema of one field; null when nothing is stored. */
export function fieldSchema(field: InputField): z.ZodType | null {
  return definitionOf(field).schema(field);
}

function objectSchema(fields: readonly FormField[], unknownKeys: "drop" | "refuse") {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    if (field.kind === "group") {
      shape[field.key] = z.array(objectSchema(field.fields, unknownKeys)).max(field.maxItems).optional();
      continue;
    }
    const schema = fieldSchema(field);
    if (schema) shape[field.key] = schema;
  }
  // By default unknown keys are dropped rather than refused, so drafts stay loadable when a field is retired.
  return unknownKeys === "refuse" ? z.strictObject(shape) : z.object(shape);
}

/**
 * A form's draft schema, derived from its fields: every value may be missing (a draft is saved
 * at any moment, F-REG-1) and every kind of empty input is stored as absent; completeness and
 * plausibility are the rules' job. Its type is the form's DraftOf.
 */
export function draftSchemaOf<const F extends FormDefinition>(form: F, unknownKeys: "drop" | "refuse" = "drop"): z.ZodType<DraftOf<F>> {
  return objectSchema(form.sections.flatMap((section) => section.fields), unknownKeys) as unknown as z.ZodType<DraftOf<F>>;
}

export { gridCells, type GridCell } from "./grid";
export type { DisplayContext, FieldTypeDefinition, FormatProblem } from "./types";
export type { DraftOf, FieldValueOf } from "./value-types";
