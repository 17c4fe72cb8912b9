/**
 * Dates as people type them in Belgium (day first: 20-09-2026, 20/9/2026, 20.09.2026, 20092026),
 * and ISO (2026-09-20) as stored. Pure: the date control, its validators and tests share it.
 * Partial dates (a year alone, a month and year) only where the field allows them.
 */
import type { Locale } from "@/lib/i18n/locales";

/** What a typed date may leave out: "day" = a full date; "month" = month and year; "year" = a year alone. */
export type DatePrecision = "day" | "month" | "year";

export const FULL_DATE_ONLY: readonly DatePrecision[] = ["day"];

export type DateProblem = "format" | "impossible" | "year";

export type DateTextResult = { ok: true; iso: string } | { ok: false; problem: DateProblem };

/** Years a registry date can have; typing 0920 or 20260 is a slip, not a date. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2999;

const DAY_FIRST = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4,})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4,})-(\d{1,2})-(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-./ ](\d{4,})$/;
const ISO_MONTH = /^(\d{4,})-(\d{1,2})$/;
const YEAR = /^(\d{4,})$/;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, month?: number, day?: number): DateTextResult {
  if (year < YEAR_MIN || year > YEAR_MAX) return { ok: false, problem: "year" };
  if (month === undefined) return { ok: true, iso: pad(year, 4) };
  if (month < 1 || month > 12) return { ok: false, problem: "impossible" };
  if (day === undefined) return { ok: true, iso: `${pad(year, 4)}-${pad(month)}` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: "impossible" };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** Reads what the user typed; "" is a valid empty date. A precision not allowed is a format problem. */
export function parseDateText(text: string, allow: readonly DatePrecision[] = FULL_DATE_ONLY): DateTextResult {
  const typed = text.trim();
  if (typed === "") return { ok: true, iso: "" };
  const day = DAY_FIRST.exec(typed) ?? DIGITS_ONLY.exec(typed);
  if (day) return build(Number(day[3]), Number(day[2]), Number(day[1]));
  const iso = ISO.exec(typed);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const month = MONTH_YEAR.exec(typed) ?? ISO_MONTH.exec(typed);
  if (month && allow.includes("month")) {
    const [m, y] = MONTH_YEAR.test(typed) ? [month[1], month[2]] : [month[2], month[1]];
    return build(Number(y), Number(m));
  }
  const year = YEAR.exec(typed);
  if (year && allow.includes("year")) return build(Number(year[1]));
  return { ok: false, problem: "format" };
}

/** True for a stored value of an allowed precision: yyyy-mm-dd, yyyy-mm or yyyy. */
export function isStoredDate(value: string, allow: readonly DatePrecision[] = FULL_DATE_ONLY): boolean {
  const parts = value.split("-");
  const precision: DatePrecision | undefined = (["year", "month", "day"] as const)[parts.length - 1];
  if (!precision || !allow.includes(precision) || !/^\d{4}(-\d{2}){0,2}$/.test(value)) return false;
  const result = parseDateText(value, allow);
  return result.ok && result.iso === value;
}

/** The separator people write in this language: German dots, the others dashes. */
function separator(locale: Locale): string {
  return locale === "de" ? "." : "-";
}

/** A stored value as the control shows it: "2026-09-20" → "20-09-2026" ("20.09.2026" in German). */
export function formatDateText(value: string, locale: Locale): string {
  if (!/^\d{4}(-\d{2}){0,2}$/.test(value)) return value;
  return value.split("-").reverse().join(separator(locale));
}

const LETTERS: Record<Locale, { day: string; month: string; year: string }> = {
  nl: { day: "dd", month: "mm", year: "jjjj" },
  fr: { day: "jj", month: "mm", year: "aaaa" },
  en: { day: "dd", month: "mm", year: "yyyy" },
  de: { day: "TT", month: "MM", year: "JJJJ" },
};

/** The writings accepted, in the user's language: ["dd-mm-jjjj", "jjjj"]. */
export function datePatterns(locale: Locale, allow: readonly DatePrecision[] = FULL_DATE_ONLY): string[] {
  const letters = LETTERS[locale];
  const sep = separator(locale);
  const patterns: string[] = [];
  if (allow.includes("day")) patterns.push([letters.day, letters.month, letters.year].join(sep));
  if (allow.includes("month")) patterns.push([letters.month, letters.year].join(sep));
  if (allow.includes("year")) patterns.push(letters.year);
  return patterns;
}
