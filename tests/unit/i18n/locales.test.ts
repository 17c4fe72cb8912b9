import { describe, expect, it } from "vitest";
import { defaultLocale, isLocale, negotiateLocale } from "@/lib/i18n/locales";

describe("negotiateLocale", () => {
  it.each([
    ["fr-BE,fr;q=0.9,en;q=0.8", "fr"],
    ["en-GB,en;q=0.9", "en"],
    ["nl-BE", "nl"],
    ["de-DE,de;q=0.9,fr;q=0.5", "fr"],
    ["de-DE;q=0.9,en;q=0.95", "en"],
    ["*", defaultLocale],
    ["", defaultLocale],
    [null, defaultLocale],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("isLocale", () => {
  it("accepts only the supported languages", () => {
    expect(["nl", "fr", "en"].every(isLocale)).toBe(true);
    expect(["de", "NL", "", null, 1, "nl-BE"].some(isLocale)).toBe(false);
  });
});
