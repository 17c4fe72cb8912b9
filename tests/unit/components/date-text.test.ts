import { describe, expect, it } from "vitest";
import { datePatterns, formatDateText, isStoredDate, parseDateText } from "@/components/ui/date-text";

describe("the one date control's reading of typed dates", () => {
  it("reads day-first writings and ISO as the same stored date", () => {
    for (const typed of ["20-09-2026", "20/9/2026", "20.09.2026", "20 09 2026", "20092026", "2026-09-20", " 20-09-2026 "]) {
      expect(parseDateText(typed)).toEqual({ ok: true, iso: "2026-09-20" });
    }
  });

  it("refuses impossible dates and slips of the year, never guessing", () => {
    expect(parseDateText("31-02-2026")).toEqual({ ok: false, problem: "impossible" });
    expect(parseDateText("29-02-2023")).toEqual({ ok: false, problem: "impossible" });
    expect(parseDateText("29-02-2024")).toEqual({ ok: true, iso: "2024-02-29" });
    expect(parseDateText("20-13-2026")).toEqual({ ok: false, problem: "impossible" });
    // What a native date input made of "2026-09-20" typed in a nl-BE session.
    expect(parseDateText("02-02-0920")).toEqual({ ok: false, problem: "year" });
    expect(parseDateText("20-09-26")).toEqual({ ok: false, problem: "format" });
    expect(parseDateText("tomorrow")).toEqual({ ok: false, problem: "format" });
  });

  it("takes partial dates only where allowed", () => {
    expect(parseDateText("2026")).toEqual({ ok: false, problem: "format" });
    expect(parseDateText("09-2026")).toEqual({ ok: false, problem: "format" });
    expect(parseDateText("2026", ["day", "year"])).toEqual({ ok: true, iso: "2026" });
    expect(parseDateText("09-2026", ["day", "year"])).toEqual({ ok: false, problem: "format" });
    expect(parseDateText("9/2026", ["day", "month", "year"])).toEqual({ ok: true, iso: "2026-09" });
    expect(parseDateText("2026-09", ["day", "month", "year"])).toEqual({ ok: true, iso: "2026-09" });
    expect(parseDateText("")).toEqual({ ok: true, iso: "" });
  });

  it("shows stored values in the user's language and says which writings it takes", () => {
    expect(formatDateText("2026-09-20", "nl")).toBe("20-09-2026");
    expect(formatDateText("2026-09-20", "de")).toBe("20.09.2026");
    expect(formatDateText("2026-09", "fr")).toBe("09-2026");
    expect(formatDateText("not a date", "en")).toBe("not a date");
    expect(datePatterns("nl")).toEqual(["dd-mm-jjjj"]);
    expect(datePatterns("fr", ["day", "year"])).toEqual(["jj-mm-aaaa", "aaaa"]);
    expect(datePatterns("de", ["day", "month", "year"])).toEqual(["TT.MM.JJJJ", "MM.JJJJ", "JJJJ"]);
    expect(isStoredDate("2026-09-20")).toBe(true);
    expect(isStoredDate("2026")).toBe(false);
    expect(isStoredDate("2026", ["day", "year"])).toBe(true);
    expect(isStoredDate("2026-02-30")).toBe(false);
  });
});
