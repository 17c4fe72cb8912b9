import { z } from "zod";
import { optionalValue } from "@/lib/modules/draft-values";
import type { FieldTypeDefinition } from "./types";
import { formatDate, isCalendarDate, plainCell, plainText } from "./values";

/** A calendar day, stored as ISO yyyy-mm-dd text. */
export const dateType: FieldTypeDefinition<string> = {
  schema: () => optionalValue(z.iso.date()),
  isStored: (_field, value) => typeof value === "string" && isCalendarDate(value),
  checkFormat: (_field, value) => (typeof value === "string" && isCalendarDate(value) ? null : { key: "date" }),
  display: (_field, value, { locale }) => (typeof value === "string" ? formatDate(value, locale) : plainText(value, locale)),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => "yyyy-mm-dd",
};
