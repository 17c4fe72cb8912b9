import type { InputField, RepeatableGroup } from "./types";

/** Helpers that keep field declarations short: optional unless `required` says otherwise. */
export function input(definition: Omit<InputField, "kind" | "required"> & Partial<Pick<InputField, "required">>): InputField {
  return { kind: "field", required: false, ...definition };
}

export function group(definition: Omit<RepeatableGroup, "kind">): RepeatableGroup {
  return { kind: "group", ...definition };
}
