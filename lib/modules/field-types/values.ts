/**
 * Value helpers shared by the field types: blank values, draft-schema building blocks' bounds,
 * and the one way field values are written for people (numbers, dates, labels).
 */
import { intlLocale } from "@/lib/i18n/locales";
import type { FieldOption, InputField } from "@/lib/modules/types";
import type { Locale } from "@/lib/validation/types";
import type { FormatProblem } from "./types";

/** Separator of several values in one export cell. */
export const MULTI_SEPARATOR = "|";

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (typeof value === "number" && Number.isNaN(value));
}

export { hasDecimals as hasAtMostDecimals } from "@/lib/modules/draft-values";

/** A real calendar day written yyyy-mm-dd. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Years 0–99 are refused as Date.UTC would read them (19xx); no registration date is that old.
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A year (yyyy) or a real calendar day (yyyy-mm-dd): what a partial date field accepts. */
export function isYearOrCalendarDate(value: string): boolean {
  return /^\d{4}$/.test(value) ? Number(value) >= 1000 : isCalendarDate(value);
}

export function checkBounds(field: InputField, value: number): FormatProblem | null {
  if (field.min !== undefined && value < field.min) return { key: "min", params: { min: field.min } };
  if (field.max !== undefined && value > field.max) return { key: "max", params: { max: field.max } };
  return null;
}

export function formatNumber(value: number, locale: Locale, decimals?: number): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 20,
    useGrouping: false,
  }).format(value);
}

const PARTIAL_ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A stored date as the registration's documents write it in every language (the PDF included):
 * "2024-03-05" → "05/03/2024"; partial dates keep what is known: "1969-03" → "03/1969",
 * "1969" → "1969" (a "00" month or day counts as unknown). Anything else is returned as it is.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- one signature for every display function
export function formatDate(value: string, _locale: Locale): string {
  const match = PARTIAL_ISO_DATE.exec(value.trim());
  if (!match) return value;
  const [, year = "", month, day] = match;
  const separator = "/";
  if (month === undefined || month === "00") return year;
  if (day === undefined || day === "00") return `${month}${separator}${year}`;
  if (!isCalendarDate(`${year}-${month}-${day}`)) return value;
  return `${day}${separator}${month}${separator}${year}`;
}

/** "C34.1 — Upper lobe, lung". */
export function codeWithLabel(code: string, label: string | undefined): string {
  return label ? `${code} — ${label}` : code;
}

export function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

/** A value of an unexpected shape (an old or damaged draft) is shown, never interpreted. */
export function plainText(value: unknown, locale: Locale): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number") return Number.isFinite(value) ? formatNumber(value, locale) : undefined;
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? undefined;
}

export function optionLabel(options: readonly FieldOption[] | undefined, value: unknown, locale: Locale): string | undefined {
  const option = options?.find((candidate) => candidate.value === value);
  return option ? option.label[locale] : plainText(value, locale);
}

/** The export cell of a plain value: lists joined by |, booleans YES/NO, numbers as written by JavaScript. */
export function plainCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(plainCell).join(MULTI_SEPARATOR);
  if (typeof value === "boolean") return value ? "YES" : "NO";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "string") return value;
  return "";
}
