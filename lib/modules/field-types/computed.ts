import { evaluateFormula, roundTo } from "@/lib/modules/formula";
import type { Scope } from "@/lib/modules/conditions";
import type { InputField } from "@/lib/modules/types";
import type { FieldTypeDefinition } from "./types";
import { formatNumber, withUnit } from "./values";

function compute(field: InputField, scope: Scope): number | null {
  const value = field.formula === undefined ? null : evaluateFormula(field.formula, scope);
  return value === null ? null : roundTo(value, field.decimals ?? 2);
}

/** Shown, never typed nor stored: `formula` computes it from the other fields of its scope. */
export const computedType: FieldTypeDefinition<never> = {
  schema: () => null,
  // Nothing is stored: a value in a draft is not the form's (the schema drops it).
  isStored: () => false,
  checkFormat: () => null,
  display: (field, _value, { locale, scope }) => {
    const value = compute(field, scope);
    return value === null ? undefined : withUnit(formatNumber(value, locale, field.decimals), field.unit);
  },
  exportCell: (field, _value, scope) => {
    const value = compute(field, scope);
    return value === null ? "" : String(value);
  },
  exportFormat: (field) => `number, "." as decimal separator, ${field.decimals ?? 2} decimals`,
};
