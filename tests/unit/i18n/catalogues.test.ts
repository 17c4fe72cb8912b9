import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/i18n/catalogue";

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

describe("translation catalogues", () => {
  const catalogue = (locale: "nl" | "fr" | "en") => leaves(loadCatalogue(locale) as Tree);
  const catalogues = { nl: catalogue("nl"), fr: catalogue("fr"), en: catalogue("en") };

  it("have the same keys in nl, fr and en", () => {
    const keys = [...catalogues.nl.keys()].sort();
    expect([...catalogues.fr.keys()].sort()).toEqual(keys);
    expect([...catalogues.en.keys()].sort()).toEqual(keys);
  });

  it("have no empty texts and the same placeholders in every language", () => {
    for (const [key, text] of catalogues.nl) {
      for (const other of [catalogues.fr, catalogues.en]) {
        const translated = other.get(key) ?? "";
        expect(translated.trim(), key).not.toBe("");
        expect(placeholders(translated), key).toEqual(placeholders(text));
      }
    }
  });
});
