import { describe, expect, it } from "vitest";
import { countries, countryOptions, findCountry } from "@/components/patients/countries";

describe("countries", () => {
  it("has unique upper-case ISO alpha-2 codes and names in every language", () => {
    const codes = countries.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const country of countries) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      for (const locale of ["nl", "fr", "en", "de"] as const) expect(country.names[locale].trim()).not.toBe("");
    }
    expect(countries.length).toBeGreaterThan(240);
  });

  it("leaves out codes that are not countries", () => {
    for (const code of ["EU", "UN", "ZZ", "UK", "QO"]) expect(findCountry(code)).toBeUndefined();
  });

  it("puts Belgium first, then sorts by the language's names", () => {
    const nl = countryOptions("nl");
    expect(nl[0]?.names.nl).toBe("België");
    expect(countryOptions("fr")[0]?.names.fr).toBe("Belgique");
    const rest = nl.slice(1).map((country) => country.names.nl);
    expect(rest).toEqual([...rest].sort(new Intl.Collator("nl", { sensitivity: "base" }).compare));
    expect(nl.length).toBe(countries.length);
  });

  it("finds a code in any case", () => {
    expect(findCountry("nl")?.names).toEqual({ nl: "Nederland", fr: "Pays-Bas", en: "Netherlands", de: "Niederlande" });
  });
});
