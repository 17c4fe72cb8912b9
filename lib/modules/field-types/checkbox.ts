import { optionalBoolean } from "@/lib/modules/draft-values";
import type { FieldTypeDefinition } from "./types";
import { plainCell, plainText } from "./values";

/** Ticked or not, stored as a boolean. */
export const checkboxType: FieldTypeDefinition<boolean> = {
  schema: () => optionalBoolean(),
  isStored: (_field, value) => typeof value === "boolean",
  checkFormat: () => null,
  display: (_field, value, { locale, yes, no }) => (typeof value === "boolean" ? (value ? yes : no) : plainText(value, locale)),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => "YES or NO",
};
