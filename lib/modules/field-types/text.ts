import { z } from "zod";
import { optionalValue } from "@/lib/modules/draft-values";
import type { InputField } from "@/lib/modules/types";
import type { FieldTypeDefinition } from "./types";
import { isStoredText } from "./stored-values";
import { plainCell, plainText } from "./values";

/** Without a declared maxLength, a text is still bounded in storage. */
const DEFAULT_MAX_LENGTH = 1000;

/** A text is trimmed; longer than the field's maxLength is refused. */
export function textSchema(field: InputField) {
  return optionalValue(z.string().trim().max(field.maxLength ?? DEFAULT_MAX_LENGTH));
}

/** One line of free text (a format such as a trial number is a rule's business, so half-typed text saves). */
export const textType: FieldTypeDefinition<string> = {
  schema: textSchema,
  isStored: (field, value) => isStoredText(value, field.maxLength ?? DEFAULT_MAX_LENGTH),
  checkFormat: (field, value) =>
    field.maxLength !== undefined && typeof value === "string" && value.length > field.maxLength
      ? { key: "tooLong", params: { max: field.maxLength } }
      : null,
  display: (_field, value, { locale }) => plainText(value, locale),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => undefined,
};
