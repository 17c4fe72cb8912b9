import { describe, expect, it } from "vitest";
import { srtModule } from "@/lib/modules/srt";
import { primaryTumour } from "./fixtures";

describe("SRT module declaration", () => {
  it("is a project module without follow-up, open to registering functions", () => {
    expect(srtModule.id).toBe("srt");
    expect(srtModule.kind).toBe("project");
    expect(srtModule.allowsFollowUp).toBe(false);
    expect(srtModule.requiredProfiles).toEqual(["SPECIALIST", "COORDINATOR", "ADMINISTRATIVE"]);
    expect(srtModule.name.nl).toBe("Stereotactische radiotherapie (SRT)");
  });

  it("prepares a corrected version with the original's content; the old E2 and E3 of stored data are dropped", () => {
    // The reference of the original is the registration's correctionOf column, never form data.
    const correction = srtModule.prepareCorrection({ ...primaryTumour, warningConfirmation: true, correctionOf: "SRT-2025-000123" });
    expect(correction).toEqual(primaryTumour);
  });
});
