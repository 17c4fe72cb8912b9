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

  it("knows whether warnings were confirmed", () => {
    expect(srtModule.isWarningConfirmed({ ...primaryTumour, warningConfirmation: true })).toBe(true);
    expect(srtModule.isWarningConfirmed(primaryTumour)).toBe(false);
    expect(srtModule.isWarningConfirmed(null)).toBe(false);
  });

  it("prepares a corrected version citing the original and asking for confirmation again", () => {
    const correction = srtModule.prepareCorrection({ ...primaryTumour, warningConfirmation: true }, "SRT-2025-000123");
    expect(correction).toEqual({ ...primaryTumour, correctionOf: "SRT-2025-000123" });
    expect(correction.warningConfirmation).toBeUndefined();
  });
});
