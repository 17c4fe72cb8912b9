import { z } from "zod";
import { optionalValue } from "@/lib/modules/draft-values";
import type { InputField } from "@/lib/modules/types";
import type { FieldTypeDefinition } from "./types";
import { optionValues } from "./select";
import { optionLabel, plainCell } from "./values";

const NUMERIC_CODE = /^\d+$/;

/** The codes of a code field; a declaration with a code that is not numeric is a programming error. */
function codesOf(field: InputField): [string, ...string[]] {
  const codes = optionValues(field);
  const wrong = codes.find((code) => !NUMERIC_CODE.test(code));
  if (wrong !== undefined) throw new Error(`Field ${field.id}: code "${wrong}" is not a numeric code.`);
  return codes;
}

/**
 * A value of one of the registry's code lists (Annex 55: treatment "40" = chemotherapy): the
 * numeric code is what is stored and exported (leading zeros kept, as text), its label what people read.
 */
export const codeType: FieldTypeDefinition<string> = {
  schema: (field) => optionalValue(z.enum(codesOf(field))),
  checkFormat: () => null,
  display: (field, value, { locale }) => optionLabel(field.options, value, locale),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => "numeric code of the list (allowedValues)",
};
