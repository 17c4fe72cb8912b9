/**
 * Building blocks of the field types' `isStored`: the fast path of the draft parse, which a
 * validation runs for every value of a registration (lib/modules/draft-parser.ts). Each says
 * true only for what the zod schema would return unchanged.
 */
import type { InputField } from "@/lib/modules/types";
import { hasDecimals } from "@/lib/modules/draft-values";

/** A trimmed, non-empty text of at most `maxLength` characters. */
export function isStoredText(value: unknown, maxLength: number): value is string {
  return typeof value === "string" && value !== "" && value.length <= maxLength && value === value.trim();
}

const optionSets = new WeakMap<InputField, ReadonlySet<string>>();

function optionSet(field: InputField): ReadonlySet<string> {
  let set = optionSets.get(field);
  if (!set) optionSets.set(field, (set = new Set((field.options ?? []).map((option) => option.value))));
  return set;
}

/** One of the field's option values. */
export function isStoredOption(field: InputField, value: unknown): value is string {
  return typeof value === "string" && optionSet(field).has(value);
}

/** Distinct option values (an empty list is stored as such). */
export function isStoredOptions(field: InputField, value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  const options = optionSet(field);
  if (value.length > options.size) return false;
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    if (typeof item !== "string" || !options.has(item) || value.indexOf(item) !== index) return false;
  }
  return true;
}

/** A finite number within what the field's stored schema allows (numberSchema). */
export function isStoredNumber(field: InputField, value: unknown, integer: boolean): value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  if (integer && !Number.isSafeInteger(value)) return false;
  if (field.storedBounds && field.min !== undefined && value < field.min) return false;
  if (field.storedBounds && field.max !== undefined && value > field.max) return false;
  return integer || field.decimals === undefined || hasDecimals(value, field.decimals);
}

/** A plain object as JSON gives it: not an array, a Date, a class instance or a null-prototype object. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype;
}
