import { z } from "zod";
import { optionalValue } from "@/lib/modules/draft-values";
import type { InputField } from "@/lib/modules/types";
import type { FieldTypeDefinition } from "./types";
import { optionValues } from "./select";
import { isStoredOption } from "./stored-values";
import { optionLabel, plainCell } from "./values";

/**
 * A registry code: a number ("40", leading zeros kept), or capitals for the codes a form marks
 * with "#" because they are not numbers (Annex 55 laterality "#NK" = not known, stored "NK").
 */
const REGISTRY_CODE = /^(\d+|[A-Z]{1,8})$/;

/** The codes of a code field; a declaration with a code of another shape is a programming error. */
function codesOf(field: InputField): [string, ...string[]] {
  const codes = optionValues(field);
  const wrong = codes.find((code) => !REGISTRY_CODE.test(code));
  if (wrong !== undefined) throw new Error(`Field ${field.id}: "${wrong}" is not a registry code (digits, or capitals for a "#" code).`);
  return codes;
}

/**
 * A value of one of the registry's code lists (Annex 55: treatment "40" = chemotherapy): the
 * code is what is stored and exported (as text), its label what people read.
 */
export const codeType: FieldTypeDefinition<string> = {
  schema: (field) => optionalValue(z.enum(codesOf(field))),
  isStored: isStoredOption,
  checkFormat: () => null,
  display: (field, value, { locale }) => optionLabel(field.options, value, locale),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => "code of the list (allowedValues)",
};
