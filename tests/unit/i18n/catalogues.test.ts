import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/i18n/catalogue";
import { locales, type Locale } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(id, value);
    else for (const [k, v] of leaves(value, id)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<\/?(\w+)>/g)].map((m) => m[0]).sort();

describe("translation catalogues", () => {
  const catalogue = (locale: Locale) => leaves(loadCatalogue(locale) as Tree);
  const catalogues = Object.fromEntries(locales.map((locale) => [locale, catalogue(locale)])) as Record<Locale, Map<string, string>>;
  const others = locales.filter((locale) => locale !== "nl");

  it("cover the four UI languages", () => {
    expect([...locales].sort()).toEqual(["de", "en", "fr", "nl"]);
  });

  it.each(others)("have the same keys in nl and %s", (locale) => {
    expect([...catalogues[locale].keys()].sort()).toEqual([...catalogues.nl.keys()].sort());
  });

  it.each(others)("have no empty texts and the same placeholders and tags in %s as in nl", (locale) => {
    for (const [key, text] of catalogues.nl) {
      const translated = catalogues[locale].get(key) ?? "";
      expect(translated.trim(), key).not.toBe("");
      expect(placeholders(translated), key).toEqual(placeholders(text));
      expect(tags(translated), key).toEqual(tags(text));
    }
  });
});
