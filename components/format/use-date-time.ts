import { useLocale } from "next-intl";
import { formatDateTime, type DateTimeStyle } from "@/lib/i18n/date-time";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

/** Formats moments in the page's language (server and client components alike). */
export function useDateTime(): (moment: Date | string | number, style?: DateTimeStyle) => string {
  const locale = useLocale();
  const language = isLocale(locale) ? locale : defaultLocale;
  return (moment, style) => formatDateTime(moment, language, style);
}
