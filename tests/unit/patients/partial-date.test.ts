import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  earliestIsoDay,
  formatPartialDate,
  parsePartialDate,
  partialDatesConflict,
} from "@/lib/patients/partial-date";

describe("partial dates", () => {
  it.each([
    ["1985-07-30", { year: 1985, month: 7, day: 30 }],
    ["1969-03", { year: 1969, month: 3 }],
    ["1969", { year: 1969 }],
    [" 2000-02-29 ", { year: 2000, month: 2, day: 29 }],
  ])("parses %j", (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each(["", "30/07/1985", "1985-7-30", "1985-13", "1900-02-29", "2023-02-29", "1985-04-31", "0000", "1985-00"])(
    "refuses %j",
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );

  it("formats back, and null when nothing is known", () => {
    expect(formatPartialDate({ year: 1985, month: 7, day: 3 })).toBe("1985-07-03");
    expect(formatPartialDate({ year: 1969, month: 3 })).toBe("1969-03");
    expect(formatPartialDate({})).toBeNull();
  });

  it("earliest possible day", () => {
    expect(earliestIsoDay({ year: 2026, month: 5 })).toBe("2026-05-01");
    expect(earliestIsoDay({ year: 2026 })).toBe("2026-01-01");
    expect(earliestIsoDay({})).toBeNull();
  });

  it("conflicts only on components both know", () => {
    expect(partialDatesConflict({ year: 1985 }, { year: 1985, month: 7, day: 30 })).toBe(false);
    expect(partialDatesConflict({ year: 1985, month: 7, day: 31 }, { year: 1985, month: 7, day: 30 })).toBe(true);
    expect(partialDatesConflict({ year: 1986 }, { year: 1985, month: 7 })).toBe(true);
    expect(partialDatesConflict({}, { year: 1985 })).toBe(false);
  });

  it("leap years", () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});
