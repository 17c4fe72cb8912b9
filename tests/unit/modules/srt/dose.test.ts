import { describe, expect, it } from "vitest";
import { bed10, dosePerFraction } from "@/lib/modules/srt";

describe("computed dose values (D6, D9)", () => {
  it.each([
    { totalDoseGy: 54, fractions: 3, perFraction: 18, bed: 151.2 },
    { totalDoseGy: 24, fractions: 3, perFraction: 8, bed: 43.2 },
    { totalDoseGy: 50, fractions: 5, perFraction: 10, bed: 100 },
    { totalDoseGy: 20, fractions: 3, perFraction: 6.67, bed: 33.33 },
    { totalDoseGy: 36.25, fractions: 5, perFraction: 7.25, bed: 62.53 },
    { totalDoseGy: 20, fractions: 1, perFraction: 20, bed: 60 },
  ])("$totalDoseGy Gy in $fractions fractions", ({ totalDoseGy, fractions, perFraction, bed }) => {
    expect(dosePerFraction({ totalDoseGy, fractions })).toBe(perFraction);
    expect(bed10({ totalDoseGy, fractions })).toBe(bed);
  });

  it("is null when it cannot be computed", () => {
    expect(dosePerFraction({ totalDoseGy: 54 })).toBeNull();
    expect(dosePerFraction({ fractions: 3 })).toBeNull();
    expect(dosePerFraction({ totalDoseGy: 54, fractions: 0 })).toBeNull();
    expect(bed10({})).toBeNull();
    expect(bed10({ totalDoseGy: 54, fractions: 0 })).toBeNull();
  });
});
