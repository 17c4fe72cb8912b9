import { describe, expect, it } from "vitest";
import { primaryTumour } from "@/lib/modules/srt/examples";
import { shiftDates } from "@/lib/demo/shift-dates";
import { endedDaysAgo, lastPlanEnd } from "@/lib/modules/srt/demo";

describe("moving example registrations in time", () => {
  it("moves every calendar day, leaves other values and the original alone", () => {
    const value = { a: "2024-02-28", b: ["2024-12-31", "not a date", 3], c: { d: "2024-03-01T10:00" } };
    expect(shiftDates(value, 2)).toEqual({ a: "2024-03-01", b: ["2025-01-02", "not a date", 3], c: { d: "2024-03-01T10:00" } });
    expect(value.a).toBe("2024-02-28");
  });

  it("puts the last plan's end the asked number of days before now", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const moved = endedDaysAgo(primaryTumour, 30, now);
    expect(new Date(lastPlanEnd(moved)!).toISOString().slice(0, 10)).toBe("2026-10-24");
    expect(endedDaysAgo({ indication: "X" }, 30, now)).toEqual({ indication: "X" });
  });
});
