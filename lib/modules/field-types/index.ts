/**
 * The field-type registry: one definition per FieldType (one file each), typed so that a new
 * type does not compile until it has every part (schema, format check, display, export cell,
 * dictionary format). Everything that handles field values goes through the functions below.
 * The definitions (format check, display, export) are in ./registry.ts, zod-free, which the
 * browser imports instead of this module; the stored schemas in ./schemas.ts.
 */
import { z } from "zod";
import type { FormDefinition, FormField, InputField } from "@/lib/modules/types";
import { storedSchemaOf } from "./schemas";
import type { DraftOf } from "./value-types";

export { checkFieldFormat, displayFieldValue, exportCellOf, exportFormatOf, fieldTypes } from "./registry";
export { fieldSchemas } from "./schemas";
export { isStoredFieldValue } from "./stored-values";

/** The stored schema of one field; null when nothing is stored. */
export function fieldSchema(field: InputField): z.ZodType | null {
  return storedSchemaOf(field);
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
export type { DisplayContext, FieldTypeDefinition, FieldTypeSchema, FormatProblem } from "./types";
export type { DraftOf, FieldValueOf } from "./value-types";
