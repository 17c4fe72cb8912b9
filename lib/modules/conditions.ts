import { getAtSegments } from "./paths";
import type { Condition, FieldRef } from "./types";

/** What a condition or formula can read: the whole form and the innermost group item. */
export interface Scope {
  root: unknown;
  item: unknown;
}

export function rootScope(data: unknown): Scope {
  return { root: data, item: data };
}

type Reader = (scope: Scope) => unknown;
type Predicate = (scope: Scope) => boolean;

// Declarations are static, and exports and validation evaluate the same few conditions for every
// field of every row: each reference and condition is turned into a function once.
const readers = new Map<FieldRef, Reader>();
const predicates = new WeakMap<Condition, Predicate>();

function compileRef(ref: FieldRef): Reader {
  const fromRoot = ref.startsWith("/");
  const path = fromRoot ? ref.slice(1) : ref;
  const segments = path === "" ? [] : path.split(".");
  return fromRoot ? (scope) => getAtSegments(scope.root, segments) : (scope) => getAtSegments(scope.item, segments);
}

export function readRef(ref: FieldRef, scope: Scope): unknown {
  let reader = readers.get(ref);
  if (!reader) readers.set(ref, (reader = compileRef(ref)));
  return reader(scope);
}

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  return !(Array.isArray(value) && value.length === 0);
}

function compile(condition: Condition): Predicate {
  if ("all" in condition) {
    const inner = condition.all.map(compile);
    return (scope) => inner.every((predicate) => predicate(scope));
  }
  if ("any" in condition) {
    const inner = condition.any.map(compile);
    return (scope) => inner.some((predicate) => predicate(scope));
  }
  if ("not" in condition) {
    const inner = compile(condition.not);
    return (scope) => !inner(scope);
  }
  const read = compileRef(condition.field);
  if ("equals" in condition) return (scope) => read(scope) === condition.equals;
  if ("in" in condition) {
    return (scope) => {
      const value = read(scope);
      return (typeof value === "string" || typeof value === "number") && condition.in.includes(value);
    };
  }
  if ("includes" in condition) {
    return (scope) => {
      const value = read(scope);
      return Array.isArray(value) && value.includes(condition.includes);
    };
  }
  if ("startsWith" in condition) {
    return (scope) => {
      const value = read(scope);
      return typeof value === "string" && condition.startsWith.some((prefix) => value.startsWith(prefix));
    };
  }
  if ("endsWith" in condition) {
    return (scope) => {
      const value = read(scope);
      return typeof value === "string" && condition.endsWith.some((suffix) => value.endsWith(suffix));
    };
  }
  if ("some" in condition) {
    const inner = compile(condition.some);
    return (scope) => {
      const list = read(scope);
      return Array.isArray(list) && list.some((item) => inner({ root: scope.root, item }));
    };
  }
  return (scope) => isFilled(read(scope)) === condition.filled;
}

/** Evaluates a visibility or requirement condition; unknown shapes of data make it false. */
export function evaluateCondition(condition: Condition, scope: Scope): boolean {
  let predicate = predicates.get(condition);
  if (!predicate) predicates.set(condition, (predicate = compile(condition)));
  return predicate(scope);
}
