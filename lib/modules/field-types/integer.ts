import type { FieldTypeDefinition } from "./types";
import { numberSchema } from "./numbers";
import { isStoredNumber } from "./stored-values";
import { checkBounds, formatNumber, plainCell, plainText, withUnit } from "./values";

/** A whole number. */
export const integerType: FieldTypeDefinition<number> = {
  schema: (field) => numberSchema(field, true),
  isStored: (field, value) => isStoredNumber(field, value, true),
  checkFormat: (field, value) => (typeof value === "number" && Number.isInteger(value) ? checkBounds(field, value) : { key: "integer" }),
  display: (field, value, { locale }) =>
    typeof value === "number" && Number.isFinite(value) ? withUnit(formatNumber(value, locale), field.unit) : plainText(value, locale),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => undefined,
};
