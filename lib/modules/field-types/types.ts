import type { z } from "zod";
import type { Scope } from "@/lib/modules/conditions";
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import type { InputField } from "@/lib/modules/types";
import type { Locale } from "@/lib/validation/types";

/** A failed format check: a message key of the "registrationForm.format" catalogue and its values. */
export interface FormatProblem {
  key: "integer" | "number" | "decimals" | "min" | "max" | "year" | "date" | "partialDate" | "tooLong" | "code" | "person";
  params?: Record<string, number>;
}

/** What showing a value needs beyond the value: the language, the field's scope, the words for yes and no. */
export interface DisplayContext {
  locale: Locale;
  /** Where a computed field's formula reads its operands. */
  scope: Scope;
  yes: string;
  no: string;
  /** The label of an ICD-O-3 code in `locale`, when the caller has the lists (the PDF shows codes alone). */
  codeLabel?: (kind: "topography" | "morphology", code: string) => string | undefined;
  /** The registration's hospital lists (its campuses), when the caller has them: "710 – Campus Sint-Jan" rather than "710". */
  hospitalLists?: HospitalLists;
}

/**
 * The stored value's schema of one field type, every kind of empty accepted as absent; null when
 * nothing is stored (computed). All of them are in ./schemas.ts, not in the type's file: the
 * browser loads the type files (format check, display) and must not reach zod.
 */
export type FieldTypeSchema<TValue> = (field: InputField) => z.ZodType<TValue | undefined> | null;

/**
 * What the application knows about one field type, in the type's file: how a value is checked
 * while typing, shown read-only (summary, read-only view, PDF), written in an export cell and
 * described in the data dictionary. Two parts live elsewhere, each in a map typed the same way so
 * a new type does not compile without them: the stored schema (./schemas.ts, server only) and the
 * form control (components/registration/controls.tsx).
 */
export interface FieldTypeDefinition {
  /** Whether a non-blank value (NaN included: a number input that holds no number) can be saved as typed. */
  checkFormat(field: InputField, value: unknown): FormatProblem | null;
  /** The value as a registrar reads it; undefined when there is nothing to show. */
  display(field: InputField, value: unknown, context: DisplayContext): string | undefined;
  /** The export cell; "" when empty. `scope` is the item the field belongs to (computed fields read it). */
  exportCell(field: InputField, value: unknown, scope: Scope): string;
  /** How cells are written, for the data dictionary ("yyyy-mm-dd"); undefined when plain text. */
  exportFormat(field: InputField): string | undefined;
}
