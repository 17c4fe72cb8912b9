import type { z } from "zod";
import type { Scope } from "@/lib/modules/conditions";
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
}

/**
 * Everything the application knows about one field type, in one place: how a value is stored
 * (zod), checked while typing, shown read-only (summary, read-only view, PDF), written in an
 * export cell and described in the data dictionary. The form control is the one part that lives
 * elsewhere (components/registration/controls.tsx), in a map typed the same way.
 */
export interface FieldTypeDefinition<TValue> {
  /** The stored value's schema, every kind of empty accepted as absent; null when nothing is stored (computed). */
  schema(field: InputField): z.ZodType<TValue | undefined> | null;
  /**
   * The schema's fast path: true only for a non-blank value the schema accepts and returns
   * unchanged (a value as saving stores it). It may say false for more (the schema then decides),
   * never true for less: tests/unit/modules/stored-values.test.ts checks it against `schema`.
   */
  isStored(field: InputField, value: unknown): boolean;
  /** Whether a non-blank value (NaN included: a number input that holds no number) can be saved as typed. */
  checkFormat(field: InputField, value: unknown): FormatProblem | null;
  /** The value as a registrar reads it; undefined when there is nothing to show. */
  display(field: InputField, value: unknown, context: DisplayContext): string | undefined;
  /** The export cell; "" when empty. `scope` is the item the field belongs to (computed fields read it). */
  exportCell(field: InputField, value: unknown, scope: Scope): string;
  /** How cells are written, for the data dictionary ("yyyy-mm-dd"); undefined when plain text. */
  exportFormat(field: InputField): string | undefined;
}
