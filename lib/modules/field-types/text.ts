import type { FieldTypeDefinition } from "./types";
import { plainCell, plainText } from "./values";

/** Without a declared maxLength, a text is still bounded in storage. */
export const DEFAULT_MAX_LENGTH = 1000;


/** One line of free text (a format such as a trial number is a rule's business, so half-typed text saves). */
export const textType: FieldTypeDefinition = {
  checkFormat: (field, value) =>
    field.maxLength !== undefined && typeof value === "string" && value.length > field.maxLength
      ? { key: "tooLong", params: { max: field.maxLength } }
      : null,
  display: (_field, value, { locale }) => plainText(value, locale),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => undefined,
};
