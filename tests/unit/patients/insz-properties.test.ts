import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInsz, normaliseInsz, parseInsz } from "@/lib/patients/insz";
import { inszCheckDigits } from "@/lib/patients/insz-check-digits";
import { daysInMonth } from "@/lib/patients/partial-date";

const currentYear = 2026;
const elevenDigits = fc.stringMatching(/^\d{11}$/);

/** Valid numbers built the way the register issues them (a generator independent of the parser). */
const builtNumber = fc
  .record({
    year: fc.integer({ min: 1900, max: currentYear }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    half: fc.integer({ min: 0, max: 498 }),
    sex: fc.constantFrom("M" as const, "F" as const),
    offset: fc.constantFrom(0 as const, 20 as const, 40 as const),
  })
  .map(({ year, month, dayFraction, half, sex, offset }) => {
    const day = 1 + Math.floor(dayFraction * daysInMonth(year, month));
    const sequence = sex === "M" ? 2 * half + 1 : 2 * half + 2;
    const two = (n: number) => String(n).padStart(2, "0");
    const nine = two(year % 100) + two(month + offset) + two(day) + String(sequence).padStart(3, "0");
    return { insz: nine + inszCheckDigits(nine, year >= 2000 ? 2000 : 1900), year, month, day, sex, offset };
  });

describe("parseInsz properties", () => {
  it("any 11-digit string either validates (as itself) or gives a date/checksum reason, never throws", () => {
    fc.assert(
      fc.property(elevenDigits, (digits) => {
        const result = parseInsz(digits, { currentYear });
        if (result.ok) expect(result.insz).toBe(digits);
        else expect(["date", "checksum"]).toContain(result.reason);
      }),
      { numRuns: 5000 },
    );
  });

  it("any string at all gives a result, never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (input) => {
        const result = parseInsz(input, { currentYear });
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  it("a number built from a birth date, sex and kind reads back the same", () => {
    fc.assert(
      fc.property(builtNumber, ({ insz, year, month, day, sex, offset }) => {
        expect(parseInsz(insz, { currentYear })).toEqual({
          ok: true,
          insz,
          kind: offset === 0 ? "national" : "bis",
          birthDate: { year, month, day },
          sex: offset === 20 ? null : sex,
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("formatting round trip: formatInsz then normalise gives the 11 digits back", () => {
    fc.assert(
      fc.property(elevenDigits, (digits) => {
        expect(normaliseInsz(formatInsz(digits))).toBe(digits);
        const plain = parseInsz(digits, { currentYear });
        const formatted = parseInsz(formatInsz(digits), { currentYear });
        expect(formatted).toEqual(plain);
      }),
      { numRuns: 2000 },
    );
  });

  it("changing a check digit never leaves the number valid under the same reading", () => {
    fc.assert(
      fc.property(builtNumber, fc.integer({ min: 9, max: 10 }), fc.integer({ min: 1, max: 9 }), ({ insz, year }, index, delta) => {
        const changed = (Number(insz[index]) + delta) % 10;
        const mutated = insz.slice(0, index) + changed + insz.slice(index + 1);
        // One reading has exactly one check number, so the mutant can at most be accepted under
        // the other century's reading.
        const result = parseInsz(mutated, { currentYear });
        if (result.ok) expect(result.birthDate.year).not.toBe(year);
      }),
      { numRuns: 3000 },
    );
  });
});
