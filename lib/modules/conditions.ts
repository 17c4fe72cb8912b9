import { getAtPath } from "./paths";
import type { Condition, FieldRef } from "./types";

/** What a condition or formula can read: the whole form and the innermost group item. */
export interface Scope {
  root: unknown;
  item: unknown;
}

export function rootScope(data: unknown): Scope {
  return { root: data, item: data };
}

export function readRef(ref: FieldRef, scope: Scope): unknown {
  return ref.startsWith("/") ? getAtPath(scope.root, ref.slice(1)) : getAtPath(scope.item, ref);
}

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** Evaluates a visibility or requirement condition; unknown shapes of data make it false. */
export function evaluateCondition(condition: Condition, scope: Scope): boolean {
  if ("all" in condition) return condition.all.every((inner) => evaluateCondition(inner, scope));
  if ("any" in condition) return condition.any.some((inner) => evaluateCondition(inner, scope));
  if ("not" in condition) return !evaluateCondition(condition.not, scope);
  const value = readRef(condition.field, scope);
  if ("equals" in condition) return value === condition.equals;
  if ("in" in condition) {
    return (typeof value === "string" || typeof value === "number") && condition.in.includes(value);
  }
  if ("includes" in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ("startsWith" in condition) {
    return typeof value === "string" && condition.startsWith.some((prefix) => value.startsWith(prefix));
  }
  return isFilled(value) === condition.filled;
}
