import type { FieldOption, InputField, RepeatableGroup } from "./types";

/**
 * Helpers that keep field declarations short: optional unless `required` says otherwise. Their
 * literal types are kept (`const`), so a form declared with `satisfies` gives its draft type
 * (DraftOf in field-types/value-types.ts): keys, field types and option values.
 */
export function input<const D extends Omit<InputField, "kind" | "required"> & Partial<Pick<InputField, "required">>>(
  definition: D,
): D & { kind: "field"; required: InputField["required"] } {
  return { kind: "field", required: false, ...definition };
}

export function group<const D extends Omit<RepeatableGroup, "kind">>(definition: D): D & { kind: "group" } {
  return { kind: "group", ...definition };
}

/** An option whose value keeps its literal type. */
export function option<const V extends string>(value: V, label: FieldOption["label"], extra: Omit<FieldOption, "value" | "label"> = {}): FieldOption & { value: V } {
  return { value, label, ...extra };
}
