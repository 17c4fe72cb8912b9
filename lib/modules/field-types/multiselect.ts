import type { FieldTypeDefinition } from "./types";
import { MULTI_SEPARATOR, optionLabel, plainCell } from "./values";

/** Several values among `options`, each at most once, stored as an array. */
export const multiselectType: FieldTypeDefinition = {
  checkFormat: () => null,
  display: (field, value, { locale }) => {
    if (!Array.isArray(value)) return optionLabel(field.options, value, locale);
    return value.length === 0 ? undefined : value.map((item) => optionLabel(field.options, item, locale) ?? String(item)).join(", ");
  },
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => `values separated by ${MULTI_SEPARATOR}`,
};
