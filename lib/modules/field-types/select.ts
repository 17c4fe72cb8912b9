import { z } from "zod";
import { optionalValue } from "@/lib/modules/draft-values";
import type { InputField } from "@/lib/modules/types";
import type { FieldTypeDefinition } from "./types";
import { isStoredOption } from "./stored-values";
import { optionLabel, plainCell } from "./values";

/** The values a field's options store, as zod's enum wants them. */
export function optionValues(field: InputField): [string, ...string[]] {
  const values = (field.options ?? []).map((option) => option.value);
  if (values.length === 0) throw new Error(`Field ${field.id} (${field.type}) declares no options.`);
  return values as [string, ...string[]];
}

/** One value among `options` (radio buttons or a list: the control decides). */
export const selectType: FieldTypeDefinition<string> = {
  schema: (field) => optionalValue(z.enum(optionValues(field))),
  isStored: isStoredOption,
  // The browser can only pick an offered option: nothing to check while typing.
  checkFormat: () => null,
  display: (field, value, { locale }) => optionLabel(field.options, value, locale),
  exportCell: (_field, value) => plainCell(value),
  exportFormat: () => undefined,
};
