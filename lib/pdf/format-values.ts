/**
 * How the registration PDF writes values: dates as dd/mm/yyyy, numbers with the language's
 * decimal separator, options by their translated label, computed fields evaluated. Everything
 * returns a plain string; user text is passed through unchanged (the PDF prints it literally).
 */
import type { Scope } from "@/lib/modules/conditions";
import { personDisplayText } from "@/lib/modules/field-types/person";
import { evaluateFormula, roundTo } from "@/lib/modules/formula";
import type { InputField } from "@/lib/modules/types";
import type { Locale } from "@/lib/validation/types";
import type { PdfTexts } from "./pdf-texts";

/** What an empty value looks like. */
export const EMPTY = "—";

const PARTIAL_ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * "2024-11-04" → "04/11/2024"; partial birth dates keep what is known: "1969-03" → "03/1969",
 * "1969" → "1969" (a "00" month or day counts as unknown). Anything else is returned as it is.
 */
export function formatIsoDate(value: string): string {
  const match = PARTIAL_ISO_DATE.exec(value.trim());
  if (!match) return value;
  const [, year, month, day] = match;
  if (month === undefined || month === "00") return year ?? value;
  if (day === undefined || day === "00") return `${month}/${year}`;
  return `${day}/${month}/${year}`;
}

// The registry and the hospitals are in Belgium: times are Belgian wall-clock times.
const BELGIAN_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Brussels",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A moment as "15/03/2025 13:05", Belgian time. */
export function formatTimestamp(moment: Date): string {
  if (Number.isNaN(moment.getTime())) return EMPTY;
  const parts = Object.fromEntries(BELGIAN_TIME.formatToParts(moment).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

const NUMBER_LOCALES: Record<Locale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB", de: "de-BE" };

/** 11.25 → "11,25" in nl, fr and de, "11.25" in en; no thousands separator (years, codes). */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 20): string {
  if (!Number.isFinite(value)) return EMPTY;
  return new Intl.NumberFormat(NUMBER_LOCALES[locale], { useGrouping: false, maximumFractionDigits }).format(value);
}

function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

function optionLabel(field: InputField, value: unknown, locale: Locale): string {
  const option = field.options?.find((candidate) => candidate.value === value);
  return option ? option.label[locale] : plainText(value, locale);
}

function plainText(value: unknown, locale: Locale): string {
  if (value === undefined || value === null) return EMPTY;
  if (typeof value === "string") return value.trim() === "" ? EMPTY : value;
  if (typeof value === "number") return formatNumber(value, locale);
  if (typeof value === "boolean") return String(value);
  // Content of an unexpected shape (an old or damaged draft) is shown, never interpreted.
  return JSON.stringify(value) ?? EMPTY;
}

/**
 * The text of one field of one registration. `value` is what the data holds at the field's
 * path; `scope` is where a computed field's formula reads its operands.
 */
export function formatFieldValue(field: InputField, value: unknown, scope: Scope, locale: Locale, texts: PdfTexts): string {
  if (field.type === "computed") {
    const computed = field.formula === undefined ? null : evaluateFormula(field.formula, scope);
    if (computed === null) return EMPTY;
    const decimals = field.decimals ?? 2;
    return withUnit(formatNumber(roundTo(computed, decimals), locale, decimals), field.unit);
  }
  if (value === undefined || value === null || value === "") return EMPTY;
  switch (field.type) {
    case "select":
      return optionLabel(field, value, locale);
    case "multiselect": {
      if (!Array.isArray(value)) return optionLabel(field, value, locale);
      return value.length === 0 ? EMPTY : value.map((item) => optionLabel(field, item, locale)).join(", ");
    }
    case "checkbox":
      if (typeof value === "boolean") return value ? texts.yes : texts.no;
      return plainText(value, locale);
    case "date":
    case "partialDate":
      return typeof value === "string" ? formatIsoDate(value) : plainText(value, locale);
    case "year":
      return typeof value === "number" && Number.isFinite(value) ? String(value) : plainText(value, locale);
    case "integer":
    case "decimal":
      return typeof value === "number" ? withUnit(formatNumber(value, locale), field.unit) : plainText(value, locale);
    case "person":
      return personDisplayText(value) || plainText(value, locale);
    default:
      return plainText(value, locale);
  }
}
