/**
 * THE formatter of moments (saved at, sent at, confirmed at, audit events, PDF texts), as people
 * in Belgium read them, in the UI language: Brussels time whatever the server's or browser's
 * zone, day before month in every language (next-intl's own formatter would use the plain
 * language tag, and "en" means US order). "time" is the time of day alone ("14:32"), for moments
 * of today such as "saved at".
 */
import { intlLocale, type Locale } from "./locales";

export type DateTimeStyle = "short" | "medium" | "time";

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(moment: Date | string | number, locale: Locale, style: DateTimeStyle = "short"): string {
  const date = moment instanceof Date ? moment : new Date(moment);
  if (Number.isNaN(date.getTime())) return "";
  const key = `${locale}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Spelled out rather than dateStyle: fr-BE's short style has a two-digit year.
    formatter = new Intl.DateTimeFormat(intlLocale(locale), {
      ...(style === "time" ? {} : { day: "2-digit", month: "2-digit", year: "numeric" }),
      hour: "2-digit",
      minute: "2-digit",
      ...(style === "medium" ? { second: "2-digit" } : {}),
      timeZone: "Europe/Brussels",
    });
    formatters.set(key, formatter);
  }
  // Some languages put a comma between date and time (nl-BE, en-GB), others not (fr-BE): one
  // look everywhere, as in the PDF ("15/03/2025 13:05").
  return formatter.format(date).replace(", ", " ");
}
