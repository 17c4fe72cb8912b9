import { describe, expect, it } from "vitest";
import { addMonths, sendStatus, sendWindow } from "@/lib/modules/standard/send-window";

describe("send window (4 to 6 months after incidence)", () => {
  it("opens after 4 months and is due after 6, clamped to the month's end", () => {
    expect(sendWindow("2024-10-21")).toEqual({ opens: "2025-02-21", due: "2025-04-21" });
    expect(addMonths("2024-08-31", 6)).toBe("2025-02-28");
    expect(addMonths("2023-08-31", 6)).toBe("2024-02-29");
    expect(addMonths("2024-12-15", 1)).toBe("2025-01-15");
    expect(sendWindow("2024")).toBeUndefined();
    expect(sendWindow(undefined)).toBeUndefined();
  });

  it("tells early, due and overdue drafts apart", () => {
    expect(sendStatus("2024-10-21", "2025-01-10")).toBe("early");
    expect(sendStatus("2024-10-21", "2025-02-21")).toBe("due");
    expect(sendStatus("2024-10-21", "2025-04-21")).toBe("due");
    expect(sendStatus("2024-10-21", "2025-04-22")).toBe("overdue");
    expect(sendStatus(undefined, "2025-04-22")).toBeUndefined();
  });
});
