import type { FieldTypeDefinition } from "./types";
import { numberSchema } from "./numbers";
import { isStoredNumber } from "./stored-values";
import { checkBounds, plainCell, plainText } from "./values";

/** A 4-digit year, stored as a number. */
export const yearType: FieldTypeDefinition<number> = {
  schema: (field) => numberSchema(field, true),
  isStored: (field, value) => isStoredNumber(field, value, true),
  checkFormat: (field, value) =>
    typeof value === "number" && Number.isInteger(value) && value >= 1000 && value <= 9999 ? checkBounds(field, value) : { key: "year" },
  display: (_field, value, { locale }) => (typeof value === "number" && Number.isFinite(value) ? String(value) : plainText(value, locale)),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => "yyyy",
};
