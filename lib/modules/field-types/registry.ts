/**
 * The field-type registry without schemas: one FieldTypeDefinition per FieldType (one file each),
 * typed so that a new type does not compile until it has every part. This is what the browser
 * loads (format checks while typing, the read-only view), so it must not reach zod: the stored
 * schemas are assembled in ./index.ts, the module everything on the server imports.
 */
import type { Scope } from "@/lib/modules/conditions";
import type { FieldType, InputField } from "@/lib/modules/types";
import { checkboxType } from "./checkbox";
import { codeType } from "./code";
import { computedType } from "./computed";
import { dateType } from "./date";
import { decimalType } from "./decimal";
import { fileType } from "./file";
import { gridType } from "./grid";
import { hospitalCodeType } from "./hospital-code";
import { morphologyType, topographyType } from "./icdo3";
import { integerType } from "./integer";
import { multiselectType } from "./multiselect";
import { partialDateType } from "./partial-date";
import { personType } from "./person";
import { selectType } from "./select";
import { textType } from "./text";
import { textareaType } from "./textarea";
import type { DisplayContext, FieldTypeDefinition, FormatProblem } from "./types";
import { isBlank } from "./values";
import { yearType } from "./year";

export const fieldTypes: { readonly [T in FieldType]: FieldTypeDefinition } = {
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
  grid: gridType({ display: displayFieldValue }),
  code: codeType,
  person: personType,
  hospitalCode: hospitalCodeType,
  file: fileType,
};

function definitionOf(field: InputField): FieldTypeDefinition {
  return fieldTypes[field.type] as FieldTypeDefinition;
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
