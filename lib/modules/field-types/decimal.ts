import type { FieldTypeDefinition } from "./types";
import { numberSchema } from "./numbers";
import { isStoredNumber } from "./stored-values";
import { checkBounds, formatNumber, hasAtMostDecimals, plainCell, plainText, withUnit } from "./values";

/** A number; `decimals` gives the precision typed and shown. */
export const decimalType: FieldTypeDefinition<number> = {
  schema: (field) => numberSchema(field, false),
  isStored: (field, value) => isStoredNumber(field, value, false),
  checkFormat: (field, value) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return { key: "number" };
    if (field.decimals !== undefined && !hasAtMostDecimals(value, field.decimals)) return { key: "decimals", params: { decimals: field.decimals } };
    return checkBounds(field, value);
  },
  display: (field, value, { locale }) =>
    typeof value === "number" && Number.isFinite(value) ? withUnit(formatNumber(value, locale), field.unit) : plainText(value, locale),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: (field) => `number, "." as decimal separator, ${field.decimals ?? 2} decimals`,
};
