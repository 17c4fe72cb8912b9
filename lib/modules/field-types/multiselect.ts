import { optionalMulti } from "@/lib/modules/draft-values";
import type { FieldTypeDefinition } from "./types";
import { optionValues } from "./select";
import { isStoredOptions } from "./stored-values";
import { MULTI_SEPARATOR, optionLabel, plainCell } from "./values";

/** Several values among `options`, each at most once, stored as an array. */
export const multiselectType: FieldTypeDefinition<string[]> = {
  schema: (field) => optionalMulti(optionValues(field)),
  isStored: isStoredOptions,
  checkFormat: () => null,
  display: (field, value, { locale }) => {
    if (!Array.isArray(value)) return optionLabel(field.options, value, locale);
    return value.length === 0 ? undefined : value.map((item) => optionLabel(field.options, item, locale) ?? String(item)).join(", ");
  },
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => `values separated by ${MULTI_SEPARATOR}`,
};
