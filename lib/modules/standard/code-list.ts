import type { FieldOption } from "@/lib/modules/types";
import type { Translated } from "@/lib/validation/types";

/**
 * A code list of the registry: its stored values ARE the registry's codes (what the exports and
 * the data dictionary show), each with its label in nl/fr/en/de. The tuple of values feeds the
 * draft schema (z.enum), the options feed the form.
 */
export interface CodeList<TValue extends string> {
  values: readonly [TValue, ...TValue[]];
  /** The options keep their values' literal types, so the draft type derived from a field knows them. */
  options: readonly (FieldOption & { value: TValue })[];
  label(value: string): Translated | undefined;
}

export function codeList<const TValue extends string>(entries: readonly [readonly [TValue, Translated], ...(readonly [TValue, Translated])[]]): CodeList<TValue> {
  const values = entries.map(([value]) => value) as unknown as readonly [TValue, ...TValue[]];
  // Shown as "code – label" [spec conventions] where the code is the registry's number.
  const options = entries.map(([value, label]) => ({ value, label }));
  const labels = new Map<string, Translated>(entries.map(([value, label]) => [value, label]));
  return { values, options, label: (value) => labels.get(value) };
}
