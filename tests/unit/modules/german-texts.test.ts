import { describe, expect, it } from "vitest";
import { listModules } from "@/lib/modules/registry";

/** Every { nl, fr, en, de } text in a declaration, with where it was found. */
function translatedTexts(value: unknown, where: string, seen = new Set<unknown>()): { where: string; en: string; de: string }[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.en === "string" && typeof record.nl === "string" && typeof record.fr === "string") {
    return [{ where, en: record.en, de: typeof record.de === "string" ? record.de : "" }];
  }
  return Object.entries(record).flatMap(([key, child]) => translatedTexts(child, `${where}.${key}`, seen));
}

/** Texts that are the same in German and English (names, codes, units, loanwords). */
const SAME_IN_GERMAN = new Set(["", "Gamma Knife", "Frontal", "Temporal", "Parietal", "Mediastinum", "Plan {n}", "BED10 (α/β = 10)"]);

describe("module texts in German", () => {
  it("translates every label, option, help text and message of every module (none falls back to English)", () => {
    for (const declaration of listModules()) {
      const texts = translatedTexts(declaration, declaration.id);
      expect(texts.length).toBeGreaterThan(100);
      const untranslated = texts.filter(({ en, de }) => de.trim() === "" || (de === en && !SAME_IN_GERMAN.has(en)));
      expect(untranslated).toEqual([]);
    }
  });
});
