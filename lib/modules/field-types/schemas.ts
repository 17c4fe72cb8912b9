/**
 * The stored schema of every field type (zod), in one map typed so that a new type does not
 * compile until it has one. It is the one part of a type that lives outside the type's file (as
 * its form control does, components/registration/controls.tsx): the type files are loaded by the
 * browser (format checks, read-only view) and must not reach zod, which only the server needs.
 * Every kind of empty input is accepted and stored as absent (lib/modules/draft-values.ts).
 */
import { z } from "zod";
import { optionalBoolean, optionalMulti, optionalPartialDate, optionalValue } from "@/lib/modules/draft-values";
import type { FieldType, InputField } from "@/lib/modules/types";
import { ZPerson } from "@/lib/person-lists/schemas";
import { codesOf } from "./code";
import { limitsOf } from "@/lib/attachments/file-kinds";
import { MAX_FILE_NAME, type FileReference } from "./file";
import { rowColumns, type GridValue } from "./grid";
import { HOSPITAL_CODE_MAX_LENGTH } from "./hospital-code";
import { MAX_CODE_LENGTH } from "./icdo3";
import { numberSchema } from "./numbers";
import { optionValues } from "./select";
import { DEFAULT_MAX_LENGTH } from "./text";
import type { FieldTypeSchema } from "./types";
import type { FieldValueOf } from "./value-types";

/** A text is trimmed; longer than the field's maxLength is refused. */
const textSchema: FieldTypeSchema<string> = (field) => optionalValue(z.string().trim().max(field.maxLength ?? DEFAULT_MAX_LENGTH));

/** An ICD-O-3 code as typed, trimmed and bounded; topographies stored in capitals ("c34.1" → "C34.1"). */
function icdo3Schema(upperCase: boolean): FieldTypeSchema<string> {
  return () => {
    const text = z.string().trim();
    return optionalValue((upperCase ? text.toUpperCase() : text).max(MAX_CODE_LENGTH));
  };
}

/** A grid: each cell stored as its column's type says, every row optional. */
const gridSchema: FieldTypeSchema<GridValue> = (grid) => {
  const rows: Record<string, z.ZodType> = {};
  for (const row of grid.rows ?? []) {
    const columns: Record<string, z.ZodType> = {};
    for (const column of rowColumns(grid, row)) {
      const schema = storedSchemaOf(column);
      if (schema) columns[column.key] = schema;
    }
    rows[row.key] = z.object(columns).nullable().transform((value) => value ?? undefined).optional();
  }
  return z
    .object(rows)
    .nullable()
    .transform((value) => value ?? undefined)
    .optional() as z.ZodType<GridValue | undefined>;
};

/** At most the field's number of files of at most its size, each once; an empty list is stored as absent. */
const fileListSchema: FieldTypeSchema<FileReference[]> = (field) => {
  const { maxFiles, maxBytes } = limitsOf(field);
  return z
    .array(z.object({ id: z.uuid(), name: z.string().trim().min(1).max(MAX_FILE_NAME), size: z.int().min(1).max(maxBytes) }))
    .max(maxFiles)
    .refine((list) => new Set(list.map((file) => file.id)).size === list.length, { error: "Each file may be attached once." })
    .nullable()
    .transform((list) => (list && list.length > 0 ? list : undefined))
    .optional();
};

export const fieldSchemas: { readonly [T in FieldType]: FieldTypeSchema<FieldValueOf<T>> } = {
  text: textSchema,
  textarea: textSchema,
  /** A calendar day, ISO yyyy-mm-dd. */
  date: () => optionalValue(z.iso.date()),
  partialDate: () => optionalPartialDate(),
  year: (field) => numberSchema(field, true),
  integer: (field) => numberSchema(field, true),
  decimal: (field) => numberSchema(field, false),
  select: (field) => optionalValue(z.enum(optionValues(field))),
  multiselect: (field) => optionalMulti(optionValues(field)),
  checkbox: () => optionalBoolean(),
  topography: icdo3Schema(true),
  morphology: icdo3Schema(false),
  /** Shown, never stored. */
  computed: () => null,
  grid: gridSchema,
  code: (field) => optionalValue(z.enum(codesOf(field))),
  /** Both names and a RIZIV/INAMI number with valid check digits (11 digits). */
  person: () => optionalValue(ZPerson),
  /** A code of the hospital's list, as text (old free-text values too); whether it is on the list is LIST-E01's business. */
  hospitalCode: () => optionalValue(z.string().trim().max(HOSPITAL_CODE_MAX_LENGTH)),
  file: fileListSchema,
};

/** The stored schema of one field; null when nothing is stored. */
export function storedSchemaOf(field: InputField): z.ZodType | null {
  return (fieldSchemas[field.type] as FieldTypeSchema<unknown>)(field);
}
