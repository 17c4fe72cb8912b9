import { describe, expect, it } from "vitest";
import { addMonths, latestOpenedDate, sendStatusOf, windowDays } from "@/lib/modules/send-window";
import type { SendWindowDeclaration } from "@/lib/modules/types";

const window: SendWindowDeclaration = { after: "incidenceDate", opensAfterMonths: 4, dueAfterMonths: 6 };

const day = (iso: string, days: number) => {
  const moment = new Date(`${iso}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
};

describe("a declared send window", () => {
  it("adds and subtracts months, clamped to the month's end", () => {
    expect(addMonths("2024-08-31", 6)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-03-15", -4)).toBe("2024-11-15");
    expect(addMonths("2025-01-10", -13)).toBe("2023-12-10");
  });

  it("says when a registration is early, due or overdue", () => {
    expect(windowDays(window, "2024-10-21")).toEqual({ opens: "2025-02-21", due: "2025-04-21" });
    expect(sendStatusOf(window, "2024-10-21", "2025-02-20")).toBe("early");
    expect(sendStatusOf(window, "2024-10-21", "2025-02-21")).toBe("due");
    expect(sendStatusOf(window, "2024-10-21", "2025-04-22")).toBe("overdue");
    expect(sendStatusOf(window, "2024", "2025-04-22")).toBeUndefined();
  });

  it("selects every date whose window has opened (the worklist's query bound), whatever the month ends", () => {
    for (const today of ["2025-02-28", "2025-03-01", "2025-06-30", "2025-07-31", "2024-02-29", "2025-12-31"]) {
      const latest = latestOpenedDate(window, today);
      // Every date up to a year back whose window has opened lies at or before the bound.
      for (let offset = 0; offset < 400; offset += 1) {
        const date = day(today, -offset);
        if (sendStatusOf(window, date, today) !== "early") expect(date <= latest, `${today} ${date}`).toBe(true);
      }
    }
  });
});
