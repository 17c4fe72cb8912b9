/**
 * RIZIV/INAMI check digits (lib/person-lists/riziv.ts): 97 − (first six mod 97), or, for numbers
 * issued since 2013 (physicians since April 2019), 89 − (first six mod 89).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRiziv, hasValidRizivCheckDigits, parseRiziv, rizivCheckDigits, rizivPrefix } from "@/lib/person-lists/riziv";
import { ZPerson, ZRiziv } from "@/lib/person-lists/schemas";

/** Check digits worked out by hand for these examples (not by the code under test). */
const valid = [
  // 123456 = 97 × 1272 + 72 → 97 − 72 = 25.
  { typed: "1-23456-25-580", digits: "12345625580", rule: "mod 97" },
  // 123456 = 89 × 1387 + 13 → 89 − 13 = 76.
  { typed: "1-23456-76-580", digits: "12345676580", rule: "mod 89" },
  // 100007 = 97 × 1031: remainder 0 gives 97, never 00.
  { typed: "1.00007.97.000", digits: "10000797000", rule: "mod 97, remainder 0" },
  // 100036 = 89 × 1124: remainder 0 gives 89.
  { typed: "10003689 001", digits: "10003689001", rule: "mod 89, remainder 0" },
  // A nurse (profession 4): 412345 = 97 × 4250 + 95 → 97 − 95 = 2, written 02.
  { typed: "4-12345-02-401", digits: "41234502401", rule: "mod 97, leading zero" },
];

describe("parseRiziv", () => {
  it.each(valid)("accepts $typed ($rule) as $digits", ({ typed, digits }) => {
    expect(parseRiziv(typed)).toEqual({ ok: true, riziv: digits });
  });

  it.each([
    ["1-23456-26-580", "checksum"], // one off the mod-97 check
    ["1-23456-77-580", "checksum"], // one off the mod-89 check
    ["1-00007-00-000", "checksum"], // remainder 0 is written 97, not 00
    ["1-23465-25-580", "checksum"], // two digits swapped
    ["1234562558", "length"],
    ["123456255800", "length"],
    ["", "length"],
    ["1-23456-25-58O", "format"], // letter O for zero
    ["12345625580x", "format"],
  ])("refuses %s (%s)", (typed, reason) => {
    expect(parseRiziv(typed)).toEqual({ ok: false, reason });
  });

  it("formats as the RIZIV/INAMI writes it", () => {
    expect(formatRiziv("12345625580")).toBe("1-23456-25-580");
    expect(formatRiziv("123")).toBe("123");
  });

  it("reads the digits of a partly typed number for prefix search", () => {
    expect(rizivPrefix("1-234")).toBe("1234");
    expect(rizivPrefix("Claes")).toBeNull();
    expect(rizivPrefix(" ")).toBeNull();
  });
});

const firstSix = fc.integer({ min: 100000, max: 999999 });
const qualification = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0"));
const two = (n: number) => String(n).padStart(2, "0");

describe("RIZIV/INAMI check digit properties", () => {
  it("a number built with either rule is valid, and parsing its written form gives it back", () => {
    fc.assert(
      fc.property(firstSix, qualification, fc.boolean(), (six, tail, newer) => {
        const { mod97, mod89 } = rizivCheckDigits(six);
        const digits = `${six}${two(newer ? mod89 : mod97)}${tail}`;
        expect(hasValidRizivCheckDigits(digits)).toBe(true);
        expect(parseRiziv(formatRiziv(digits))).toEqual({ ok: true, riziv: digits });
      }),
    );
  });

  it("check digits are between 1 and 97 (never 00)", () => {
    fc.assert(
      fc.property(firstSix, (six) => {
        const { mod97, mod89 } = rizivCheckDigits(six);
        expect(mod97).toBeGreaterThanOrEqual(1);
        expect(mod97).toBeLessThanOrEqual(97);
        expect(mod89).toBeGreaterThanOrEqual(1);
        expect(mod89).toBeLessThanOrEqual(89);
      }),
    );
  });

  it("the modulo-97 check catches every change of one digit of the first six", () => {
    fc.assert(
      fc.property(firstSix, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 9 }), (six, position, delta) => {
        const text = String(six).split("");
        text[position] = String((Number(text[position]) + delta) % 10);
        const changed = Number(text.join(""));
        fc.pre(changed >= 100000);
        expect(rizivCheckDigits(changed).mod97).not.toBe(rizivCheckDigits(six).mod97);
      }),
    );
  });

  it("a number with check digits matching neither rule is refused", () => {
    fc.assert(
      fc.property(firstSix, fc.integer({ min: 0, max: 99 }), qualification, (six, check, tail) => {
        const { mod97, mod89 } = rizivCheckDigits(six);
        fc.pre(check !== mod97 && check !== mod89);
        expect(parseRiziv(`${six}${two(check)}${tail}`)).toEqual({ ok: false, reason: "checksum" });
      }),
    );
  });

  it("parsing never throws, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseRiziv(text);
        if (result.ok) expect(result.riziv).toMatch(/^\d{11}$/);
      }),
    );
  });
});

describe("the person value schema", () => {
  it("keeps the 11 digits and trimmed names; parsing is idempotent", () => {
    const parsed = ZPerson.parse({ lastName: " Claes ", firstName: "An", riziv: "1-23456-25-580" });
    expect(parsed).toEqual({ lastName: "Claes", firstName: "An", riziv: "12345625580" });
    expect(ZPerson.parse(parsed)).toEqual(parsed);
  });

  it("names a translated message for each kind of bad number", () => {
    const message = (riziv: string) => ZRiziv.safeParse(riziv).error?.issues[0]?.message;
    expect(message("")).toBe("errors.rizivRequired");
    expect(message("12 34")).toBe("errors.rizivLength");
    expect(message("1-23456-26-580")).toBe("errors.rizivChecksum");
    expect(message("abc")).toBe("errors.rizivFormat");
  });
});
