/** UI languages (F-AUTH-3): Dutch and French as WBCR, plus English and German (Belgium's third official language). */
import { locales, type Locale } from "@/lib/validation/types";

export { locales, type Locale };
export const defaultLocale: Locale = "nl";
export const localeCookieName = "NEXT_LOCALE";

/** The Intl locale of a UI language: Belgian conventions in nl, fr and de (decimal comma), British in en (day before month). */
export function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : `${locale}-BE`;
}

// Without zod: this module is in every page's JavaScript (the layout's client components use it).
export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

/** Picks the first supported language of an Accept-Language header ("fr-BE,fr;q=0.9,en;q=0.8"). */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: tag.toLowerCase().split("-")[0] ?? "", quality: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.quality - a.quality);
  return ranked.map((r) => r.language).find(isLocale) ?? defaultLocale;
}
