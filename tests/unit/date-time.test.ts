import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/i18n/date-time";

describe("moments in the UI language", () => {
  // 22:30 UTC on 3 July is 00:30 on 4 July in Brussels (summer time).
  const moment = new Date("2026-07-03T22:30:00Z");

  it("puts the day before the month in every language, in Brussels time", () => {
    expect(formatDateTime(moment, "en")).toMatch(/^04\/07\/2026,? 00:30$/);
    expect(formatDateTime(moment, "nl")).toMatch(/^04\/07\/2026,? 00:30$/);
    expect(formatDateTime(moment, "fr")).toMatch(/^04\/07\/2026,? 00:30$/);
    expect(formatDateTime(moment, "de")).toMatch(/^04\.07\.2026,? 00:30$/);
  });

  it("accepts what a server component hands a client one, and shows nothing for garbage", () => {
    expect(formatDateTime(moment.toISOString(), "en")).toBe(formatDateTime(moment, "en"));
    expect(formatDateTime("not a date", "en")).toBe("");
    expect(formatDateTime(moment, "en", "medium")).toContain("00:30:00");
  });
});
