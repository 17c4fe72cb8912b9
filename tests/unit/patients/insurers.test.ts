import { describe, expect, it } from "vitest";
import { findInsurer, insurersValidOn } from "@/lib/patients/insurer-lookup";
import { insurers, UNKNOWN_INSURER_CODE } from "@/lib/patients/insurers";

describe("insurers reference table", () => {
  it("offers today the unions, the public funds and Unknown", () => {
    const codes = insurersValidOn("2026-03-15").map((row) => row.code);
    expect(codes).toEqual(["000", "100", "200", "300", "400", "500", "600", "900"]);
    expect(UNKNOWN_INSURER_CODE).toBe("000");
  });

  it("has names in nl, fr, en and de on every row", () => {
    for (const row of insurers) {
      for (const name of Object.values(row.names)) expect(name.trim(), row.code).not.toBe("");
      expect(Object.keys(row.names).sort()).toEqual(["de", "en", "fr", "nl"]);
    }
  });

  it("has well-formed, non-overlapping validity periods per code", () => {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    for (const row of insurers) {
      expect(row.code).toMatch(/^\d{3}$/);
      expect(row.validFrom).toMatch(iso);
      if (row.validTo !== null) {
        expect(row.validTo).toMatch(iso);
        expect(row.validTo >= row.validFrom).toBe(true);
      }
    }
    const codes = new Set(insurers.map((row) => row.code));
    for (const code of codes) {
      const rows = insurers.filter((row) => row.code === code).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      expect(rows.filter((row) => row.validTo === null).length, code).toBe(1);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.validFrom > rows[i - 1]!.validTo!, code).toBe(true);
    }
  });

  it("finds the name valid on a given day (versioned rows)", () => {
    expect(findInsurer("900", "2010-06-01")?.names.nl).toMatch(/NMBS/);
    expect(findInsurer("900", "2020-06-01")?.names.nl).toMatch(/HR Rail/);
    expect(findInsurer("100", "2026-01-01")?.names.fr).toMatch(/Mutualité chrétienne/);
    expect(findInsurer("700", "2026-01-01")).toBeUndefined();
  });
});
