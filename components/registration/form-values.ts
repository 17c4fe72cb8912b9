/**
 * Pure helpers of the registration form: turning what inputs hold into stored values, the input
 * format checks (the only checks made in the browser: completeness and plausibility are the
 * server rules' job), and how values are shown. No React, no DOM: unit-tested directly.
 */
import { evaluateCondition, type Scope } from "@/lib/modules/conditions";
import { emptyItemOf } from "@/lib/modules/empty-draft";
import { getAtPath, isRecord } from "@/lib/modules/paths";
import type { Condition, FieldOption, Formula, InputField, RepeatableGroup } from "@/lib/modules/types";
import type { Locale } from "@/lib/validation/types";
import { formatDateTime } from "@/lib/i18n/date-time";
import { checkFieldFormat } from "@/lib/modules/field-types/registry";
import type { FormatProblem } from "@/lib/modules/field-types/types";
import { codeWithLabel, formatDate, formatNumber, hasAtMostDecimals, isBlank, isCalendarDate, isYearOrCalendarDate } from "@/lib/modules/field-types/values";

export type FormValues = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Values

/** The form's starting values: a copy of the draft, or an empty record for anything else. */
export function toFormValues(data: unknown): FormValues {
  return isRecord(data) ? (structuredClone(data) as FormValues) : {};
}

const NUMBER_TEXT = /^[-+]?(\d+[.,]?\d*|[.,]\d+)$/;

/**
 * What a number input holds, as stored: undefined when blank, NaN when not a number (the format
 * check reports it), else the number. Accepts the Belgian decimal comma: "12,5" → 12.5.
 */
export function parseNumberInput(raw: unknown): number | undefined {
  if (typeof raw === "number") return raw;
  if (raw === undefined || raw === null) return undefined;
  const text = String(raw).trim().replace(/\s/g, "");
  if (text === "") return undefined;
  if (!NUMBER_TEXT.test(text)) return Number.NaN;
  return Number(text.replace(",", "."));
}

/** Text shown in an input for a stored value ("" for nothing). */
export function toInputText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return typeof value === "string" ? value : "";
}


/**
 * The values as saved and kept aside: blanks (undefined, null, "", NaN) dropped from records and
 * from lists of values; items of repeatable groups are kept even when empty (a new plan).
 */
export function compactValues(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.filter((item) => !isBlank(item)).map((item) => compactValues(item));
  }
  if (isRecord(value)) {
    const out: FormValues = {};
    for (const [key, inner] of Object.entries(value)) {
      if (isBlank(inner)) continue;
      out[key] = compactValues(inner);
    }
    return out;
  }
  return value;
}

/** Deep equality of compacted values (key order ignored). */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => valuesEqual(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && valuesEqual(a[key], b[key]));
  }
  return false;
}

/** A new item of a group, in the form whose values are `root`: default values, nested groups' minimum items (a plan gets a lesion). */
export function emptyItem(group: RepeatableGroup, root: unknown = {}): FormValues {
  return emptyItemOf(group, root);
}

// ---------------------------------------------------------------------------------------------
// Scopes, conditions and formulas over the live values

/** The scope of fields inside the item at `itemPath` ("" for the root, "plans.0.lesions.1"). */
export function scopeAt(values: unknown, itemPath: string): Scope {
  return { root: values, item: itemPath === "" ? values : getAtPath(values, itemPath) };
}

export function holds(condition: Condition | undefined, scope: Scope): boolean {
  return condition === undefined || evaluateCondition(condition, scope);
}

export function isRequired(field: InputField, scope: Scope): boolean {
  return typeof field.required === "boolean" ? field.required : evaluateCondition(field.required, scope);
}

/**
 * The options offered now: those whose own condition holds, plus the current value's option even
 * if it no longer holds, so that nothing changes silently (the server rules report the mismatch).
 */
export function visibleOptions(
  options: readonly FieldOption[] | undefined,
  scope: Scope,
  current: unknown,
): FieldOption[] {
  const selected = new Set(Array.isArray(current) ? current : [current]);
  return (options ?? []).filter((option) => selected.has(option.value) || holds(option.visibleWhen, scope));
}

/** Data paths a formula reads, for the output's `for` attribute. */
export function formulaPaths(formula: Formula | undefined, itemPath: string): string[] {
  if (formula === undefined || typeof formula === "number") return [];
  if ("field" in formula) {
    const ref = formula.field;
    return [ref.startsWith("/") ? ref.slice(1) : [itemPath, ref].filter(Boolean).join(".")];
  }
  return [...new Set([...formulaPaths(formula.args[0], itemPath), ...formulaPaths(formula.args[1], itemPath)])];
}

// ---------------------------------------------------------------------------------------------
// Input format checks

/**
 * Whether a value can be saved as typed: numbers are numbers (within the bounds the input offers,
 * with at most the declared decimals), dates are dates, texts fit. Blank is always fine.
 * Each field type declares its own check (lib/modules/field-types).
 */
export const checkFormat = checkFieldFormat;
export type { FormatProblem };
export { hasAtMostDecimals, isCalendarDate, isYearOrCalendarDate };

// ---------------------------------------------------------------------------------------------
// ICD-O-3 codes typed by hand

const TOPOGRAPHY = /^C?(\d{2})\.?(\d)$/;
const MORPHOLOGY = /^(\d{4})\/?(\d)$/;
const CODE_LIKE = /^c?\d[\d./]*$/i;

/** Whether typed text looks like a code rather than words to search for. */
export function isCodeLike(text: string): boolean {
  return CODE_LIKE.test(text.trim());
}

/** "c341" → "C34.1", "81403" → "8140/3"; other code-like text is kept (upper case, trimmed). */
export function normalizeCode(kind: "topography" | "morphology", text: string): string {
  const compact = text.trim().toUpperCase().replace(/\s/g, "");
  if (kind === "topography") {
    const match = TOPOGRAPHY.exec(compact);
    return match ? `C${match[1]}.${match[2]}` : compact;
  }
  const match = MORPHOLOGY.exec(compact);
  return match ? `${match[1]}/${match[2]}` : compact;
}

// ---------------------------------------------------------------------------------------------
// Showing values

export { formatDate, formatNumber };

/** "14:32" (Brussels time) for a saved-at timestamp. */
export function formatTime(iso: string, locale: Locale): string {
  return formatDateTime(iso, locale, "time") || iso;
}

export { codeWithLabel };

// ---------------------------------------------------------------------------------------------
// Format errors as react-hook-form reports them

/** react-hook-form's nested errors object → [{ path: "plans.0.startDate", message }], in order. */
export function flattenFieldErrors(errors: unknown, base = ""): { path: string; message: string }[] {
  if (typeof errors !== "object" || errors === null) return [];
  const record = errors as Record<string, unknown>;
  if (typeof record.type === "string" && "message" in record) {
    return typeof record.message === "string" && record.message !== "" ? [{ path: base, message: record.message }] : [];
  }
  return Object.entries(record).flatMap(([key, inner]) =>
    key === "ref" || key === "root" ? [] : flattenFieldErrors(inner, base === "" ? key : `${base}.${key}`),
  );
}
