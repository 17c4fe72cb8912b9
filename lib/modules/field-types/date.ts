import type { FieldTypeDefinition } from "./types";
import { formatDate, isCalendarDate, plainCell, plainText } from "./values";

/** A calendar day, stored as ISO yyyy-mm-dd text. */
export const dateType: FieldTypeDefinition = {
  checkFormat: (_field, value) => (typeof value === "string" && isCalendarDate(value) ? null : { key: "date" }),
  display: (_field, value, { locale }) => (typeof value === "string" ? formatDate(value, locale) : plainText(value, locale)),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => "yyyy-mm-dd",
};
