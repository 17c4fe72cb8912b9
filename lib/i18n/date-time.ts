/**
 * Moments (saved at, sent at, audit events) as people in Belgium read them, in the UI language:
 * Brussels time, day before month in every language (next-intl's own formatter would use the
 * plain language tag, and "en" means US order).
 */
import { intlLocale, type Locale } from "./locales";

export type DateTimeStyle = "short" | "medium";

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(moment: Date | string | number, locale: Locale, style: DateTimeStyle = "short"): string {
  const date = moment instanceof Date ? moment : new Date(moment);
  if (Number.isNaN(date.getTime())) return "";
  const key = `${locale}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Spelled out rather than dateStyle: fr-BE's short style has a two-digit year.
    formatter = new Intl.DateTimeFormat(intlLocale(locale), {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      ...(style === "medium" ? { second: "2-digit" } : {}),
      timeZone: "Europe/Brussels",
    });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
