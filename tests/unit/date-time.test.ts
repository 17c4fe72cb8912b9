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

  it("is the one look everywhere: no comma between date and time, the PDF's texts the same", async () => {
    const { formatTimestamp } = await import("@/lib/pdf/format-values");
    expect(formatDateTime(moment, "nl")).toBe("04/07/2026 00:30");
    expect(formatDateTime(moment, "en")).toBe("04/07/2026 00:30");
    expect(formatDateTime(moment, "de")).toBe("04.07.2026 00:30");
    expect(formatTimestamp(moment)).toBe(formatDateTime(moment, "nl"));
  });

  it("gives the time of day alone in Brussels time, whatever the machine's zone", () => {
    // 05:51 UTC in winter is 06:51 in Brussels: the "Laatst gewijzigd 06:51" vs "Bevestigd 05:51:49" mix-up.
    const winter = new Date("2026-01-15T05:51:49Z");
    for (const locale of ["nl", "fr", "en", "de"] as const) expect(formatDateTime(winter, locale, "time")).toBe("06:51");
    expect(formatDateTime(winter, "nl", "medium")).toBe("15/01/2026 06:51:49");
  });
});
