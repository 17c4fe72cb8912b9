/**
 * How the registration PDF writes values: dates as dd/mm/yyyy, numbers with the language's
 * decimal separator, options by their translated label, computed fields evaluated. Everything
 * returns a plain string; user text is passed through unchanged (the PDF prints it literally).
 */
import { formatDateTime } from "@/lib/i18n/date-time";
import type { Scope } from "@/lib/modules/conditions";
import { displayFieldValue } from "@/lib/modules/field-types";
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import { formatDate } from "@/lib/modules/field-types/values";
import type { InputField } from "@/lib/modules/types";
import type { Locale } from "@/lib/validation/types";
import type { PdfTexts } from "./pdf-texts";

/** What an empty value looks like. */
export const EMPTY = "—";

/**
 * "2024-11-04" → "04/11/2024"; partial birth dates keep what is known: "1969-03" → "03/1969",
 * "1969" → "1969" (a "00" month or day counts as unknown). The field values' one date writing.
 */
export function formatIsoDate(value: string): string {
  return formatDate(value, "nl");
}

/** A moment as "15/03/2025 13:05", Belgian time: the app's one formatter of moments. */
export function formatTimestamp(moment: Date, locale: Locale = "nl"): string {
  if (Number.isNaN(moment.getTime())) return EMPTY;
  return formatDateTime(moment, locale);
}

const NUMBER_LOCALES: Record<Locale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB", de: "de-BE" };

/** 11.25 → "11,25" in nl, fr and de, "11.25" in en; no thousands separator (years, codes). */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 20): string {
  if (!Number.isFinite(value)) return EMPTY;
  return new Intl.NumberFormat(NUMBER_LOCALES[locale], { useGrouping: false, maximumFractionDigits }).format(value);
}

/**
 * The text of one field of one registration: the field type's display (the same as on screen,
 * lib/modules/field-types), without code labels. `value` is what the data holds at the field's
 * path; `scope` is where a computed field's formula reads its operands.
 */
export function formatFieldValue(field: InputField, value: unknown, scope: Scope, locale: Locale, texts: PdfTexts, hospitalLists?: HospitalLists): string {
  return displayFieldValue(field, value, { locale, scope, yes: texts.yes, no: texts.no, hospitalLists }) ?? EMPTY;
}
