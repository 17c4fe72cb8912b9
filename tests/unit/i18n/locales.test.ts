import { describe, expect, it } from "vitest";
import { defaultLocale, isLocale, negotiateLocale } from "@/lib/i18n/locales";

describe("negotiateLocale", () => {
  it.each([
    ["fr-BE,fr;q=0.9,en;q=0.8", "fr"],
    ["en-GB,en;q=0.9", "en"],
    ["nl-BE", "nl"],
    ["de-BE,de;q=0.9,fr;q=0.5", "de"],
    ["de-DE;q=0.9,en;q=0.95", "en"],
    ["it-IT,it;q=0.9,fr;q=0.5", "fr"],
    ["*", defaultLocale],
    ["", defaultLocale],
    [null, defaultLocale],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("isLocale", () => {
  it("accepts only the supported languages", () => {
    expect(["nl", "fr", "en", "de"].every(isLocale)).toBe(true);
    expect(["it", "NL", "", null, 1, "nl-BE", "de-BE"].some(isLocale)).toBe(false);
  });
});
