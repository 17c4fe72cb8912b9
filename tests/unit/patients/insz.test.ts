import { describe, expect, it } from "vitest";
import { formatInsz, isValidInsz, normaliseInsz, parseInsz } from "@/lib/patients/insz";
import { inszCheckDigits } from "@/lib/patients/insz-check-digits";

// Pinned so the 2000s reading does not depend on the day the tests run.
const currentYear = 2026;
const parse = (input: string) => parseInsz(input, { currentYear });

describe("parseInsz — valid examples of patient-identification.md", () => {
  it.each([
    // insz,          kind,       birthDate,                             sex
    ["85073003328", "national", { year: 1985, month: 7, day: 30 }, "M"],
    ["85073003427", "national", { year: 1985, month: 7, day: 30 }, "F"],
    ["17073003384", "national", { year: 2017, month: 7, day: 30 }, "M"],
    ["05031512466", "national", { year: 2005, month: 3, day: 15 }, "F"],
    ["85273003371", "bis", { year: 1985, month: 7, day: 30 }, null],
    ["85473003416", "bis", { year: 1985, month: 7, day: 30 }, "F"],
    ["01490700185", "bis", { year: 2001, month: 9, day: 7 }, "M"],
    ["69030000114", "national", { year: 1969, month: 3 }, "M"],
    ["00000100166", "national", {}, "M"],
    ["85073006197", "national", { year: 1985, month: 7, day: 30 }, "M"],
    ["10010102297", "national", { year: 2010, month: 1, day: 1 }, "F"],
  ] as const)("%s is a valid %s number", (insz, kind, birthDate, sex) => {
    expect(parse(insz)).toEqual({ ok: true, insz, kind, birthDate, sex });
  });
});

describe("parseInsz — invalid examples of patient-identification.md", () => {
  it("12345678901 is refused (month 34 is no month, and the check would be 58)", () => {
    // The spec labels it "check"; its date part is impossible too, and the date is checked first
    // because it is the more basic problem (see InszFailureReason).
    expect(parse("12345678901")).toEqual({ ok: false, reason: "date" });
    expect(inszCheckDigits("123456789", 1900)).toBe("58");
  });
  it("85073003329 is refused: check off by one", () => {
    expect(parse("85073003329")).toEqual({ ok: false, reason: "checksum" });
  });
  it("85133003300 is refused: month 13", () => {
    expect(parse("85133003300")).toEqual({ ok: false, reason: "date" });
  });
  it("8507300332 is refused: 10 digits", () => {
    expect(parse("8507300332")).toEqual({ ok: false, reason: "length" });
  });
  it.each(["85O73003328", "8507300332A", "abcdefghijk", "85,07,30,033,28"])("%s is refused: not digits", (input) => {
    expect(parse(input)).toEqual({ ok: false, reason: "format" });
  });
  it("too many digits and the empty string are length problems", () => {
    expect(parse("850730033281")).toEqual({ ok: false, reason: "length" });
    expect(parse("")).toEqual({ ok: false, reason: "length" });
  });
});

describe("parseInsz — separators", () => {
  it.each([
    "85.07.30-033.28",
    "85 07 30 033 28",
    "850730-033-28",
    " 85073003328 ",
    "85.07.30\u00a0033.28",
    "85.07.30\u2013033.28", // en dash, as word processors write it
  ])("%j normalises to 85073003328", (input) => {
    const result = parse(input);
    expect(result.ok && result.insz).toBe("85073003328");
  });
  it("normaliseInsz keeps only digits, or says null when something else is there", () => {
    expect(normaliseInsz("85.07.30-033.28")).toBe("85073003328");
    expect(normaliseInsz("85/07/30")).toBeNull();
  });
});

describe("parseInsz — BIS numbers", () => {
  it("month + 20: sex unknown whatever the sequence parity", () => {
    expect(parse("85273003371")).toMatchObject({ ok: true, kind: "bis", sex: null });
  });
  it("month + 40: sex from the sequence number", () => {
    expect(parse("85473003416")).toMatchObject({ ok: true, kind: "bis", sex: "F" });
    expect(parse("01490700185")).toMatchObject({ ok: true, kind: "bis", sex: "M" });
  });
  it("BIS + 20 with unknown month gives a year only", () => {
    expect(parse("85200000181")).toMatchObject({ ok: true, kind: "bis", birthDate: { year: 1985 }, sex: null });
  });
  it("BIS + 40 month 52 (December) is valid; 53 and 33 are not months", () => {
    expect(parse("85521300310")).toMatchObject({ ok: true, kind: "bis", birthDate: { year: 1985, month: 12, day: 13 } });
    expect(parse("85531300300")).toEqual({ ok: false, reason: "date" });
    expect(parse("85331300300")).toEqual({ ok: false, reason: "date" });
  });
  it("BIS with fully unknown birth date (002001, 004001)", () => {
    expect(parse("00200100310")).toEqual({ ok: true, insz: "00200100310", kind: "bis", birthDate: {}, sex: null });
    expect(parse("00400100452")).toEqual({ ok: true, insz: "00400100452", kind: "bis", birthDate: {}, sex: "F" });
  });
});

describe("parseInsz — check number 97", () => {
  it("remainder 0 gives 97 (19xx and 20xx readings)", () => {
    expect(parse("85073006197")).toMatchObject({ ok: true });
    expect(parse("10010102297")).toMatchObject({ ok: true, birthDate: { year: 2010 } });
  });
  it("00 is never a valid check, even where the remainder is 0", () => {
    expect(parse("85073006100")).toEqual({ ok: false, reason: "checksum" });
    expect(parse("10010102200")).toEqual({ ok: false, reason: "checksum" });
  });
  it("inszCheckDigits gives 97, not 00", () => {
    expect(inszCheckDigits("850730061", 1900)).toBe("97");
    expect(inszCheckDigits("100101022", 2000)).toBe("97");
  });
});

describe("parseInsz — partial birth dates", () => {
  it("day unknown (00) keeps year and month", () => {
    expect(parse("69030000114")).toMatchObject({ ok: true, birthDate: { year: 1969, month: 3 } });
  });
  it("month unknown (00) keeps the year only", () => {
    expect(parse("85000000534")).toMatchObject({ ok: true, birthDate: { year: 1985 } });
  });
  it("000001 means no birth date at all, not 1 January 1900", () => {
    expect(parse("00000100166")).toMatchObject({ ok: true, birthDate: {} });
  });
  it("an impossible day is a date problem (30 February, 31 April)", () => {
    expect(parse("85023000100")).toEqual({ ok: false, reason: "date" });
    expect(parse("85043100100")).toEqual({ ok: false, reason: "date" });
  });
});

describe("parseInsz — 19xx or 20xx reading", () => {
  it("the 2000 reading uses 2 followed by the nine digits", () => {
    expect(parse("00022900244")).toMatchObject({ ok: true, birthDate: { year: 2000, month: 2, day: 29 }, sex: "F" });
  });
  it("the 19xx reading is tried first", () => {
    expect(parse("25010100116")).toMatchObject({ ok: true, birthDate: { year: 1925, month: 1, day: 1 } });
  });
  it("20YY is only read when it is not after the current year", () => {
    expect(parseInsz("25010100145", { currentYear: 2025 })).toMatchObject({ ok: true, birthDate: { year: 2025 } });
    expect(parseInsz("25010100145", { currentYear: 2024 })).toEqual({ ok: false, reason: "checksum" });
    expect(parseInsz("17073003384", { currentYear: 2016 })).toEqual({ ok: false, reason: "checksum" });
  });
  it("29 February follows the leap year of the reading", () => {
    expect(parse("96022900192")).toMatchObject({ ok: true, birthDate: { year: 1996, month: 2, day: 29 } });
    // 1997 is no leap year and 2097 is after the current year: no possible date.
    expect(parse("97022900116")).toEqual({ ok: false, reason: "date" });
  });
  it("defaults the current year to the clock", () => {
    expect(parseInsz("85073003328")).toMatchObject({ ok: true });
  });
});

describe("isValidInsz", () => {
  it("answers yes/no", () => {
    expect(isValidInsz("85.07.30-033.28")).toBe(true);
    expect(isValidInsz("85073003329")).toBe(false);
  });
});

describe("formatInsz", () => {
  it("writes YY.MM.DD-SSS.CC", () => {
    expect(formatInsz("85073003328")).toBe("85.07.30-033.28");
  });
  it("reformats a number typed with other separators", () => {
    expect(formatInsz("85 07 30 033 28")).toBe("85.07.30-033.28");
  });
  it("leaves a half-typed or wrong value unchanged", () => {
    expect(formatInsz("850730")).toBe("850730");
    expect(formatInsz("85O73003328")).toBe("85O73003328");
  });
  it.each(["85073003328", "85273003371", "00000100166", "10010102297"])("round trip %s", (insz) => {
    const result = parse(formatInsz(insz));
    expect(result.ok && result.insz).toBe(insz);
  });
});
