import { optionalPartialDate } from "@/lib/modules/draft-values";
import type { FieldTypeDefinition } from "./types";
import { formatDate, isYearOrCalendarDate, plainCell, plainText } from "./values";

/** A year alone (yyyy) or a full date (yyyy-mm-dd), as text: follow-up forms allow either. */
export const partialDateType: FieldTypeDefinition<string> = {
  schema: () => optionalPartialDate(),
  isStored: (_field, value) => typeof value === "string" && isYearOrCalendarDate(value),
  checkFormat: (_field, value) => (typeof value === "string" && isYearOrCalendarDate(value) ? null : { key: "partialDate" }),
  display: (_field, value, { locale }) => (typeof value === "string" ? formatDate(value, locale) : plainText(value, locale)),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => "yyyy-mm-dd, or yyyy when only the year is known",
};
