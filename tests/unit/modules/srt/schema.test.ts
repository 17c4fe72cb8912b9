import { describe, expect, it } from "vitest";
import { srtDraftSchema, srtModule } from "@/lib/modules/srt";

describe("SRT draft schema", () => {
  it("accepts an empty draft and the module's initial values", () => {
    expect(srtDraftSchema.safeParse({}).success).toBe(true);
    expect(srtDraftSchema.parse(srtModule.emptyDraft())).toEqual({ plans: [{ lesions: [{}] }] });
  });

  it("stores every kind of empty input as absent", () => {
    const parsed = srtDraftSchema.parse({
      indication: "",
      mdtDate: null,
      totalMetastaticLesions: Number.NaN,
      concurrentSystemicTherapy: null,
      warningConfirmation: null,
      plans: [{ startDate: "", lesions: [{ totalDoseGy: "", fractions: null }] }],
    });
    expect(parsed).toEqual({ plans: [{ lesions: [{}] }] });
  });

  it("normalises topography codes to upper case and trims text", () => {
    const parsed = srtDraftSchema.parse({ topography: " c34.1 ", comments: "  note " });
    expect(parsed.topography).toBe("C34.1");
    expect(parsed.comments).toBe("note");
  });

  it.each([
    ["an unknown option", { indication: "LEUKAEMIA" }],
    ["an impossible date", { mdtDate: "2024-02-30" }],
    ["a date in another format", { mdtDate: "15/10/2024" }],
    ["a dose with 3 decimals", { plans: [{ lesions: [{ totalDoseGy: 20.125 }] }] }],
    ["fractional fractions", { plans: [{ lesions: [{ fractions: 2.5 }] }] }],
    ["a number as text", { plans: [{ lesions: [{ fractions: "3" }] }] }],
    ["an isodose below 30%", { plans: [{ lesions: [{ prescriptionIsodosePct: 20 }] }] }],
    ["a duplicated choice", { concurrentSystemicTherapy: ["CHEMOTHERAPY", "CHEMOTHERAPY"] }],
    ["a comment over 4000 characters", { comments: "x".repeat(4001) }],
    ["too many plans", { plans: Array.from({ length: 21 }, () => ({})) }],
    ["not an object", "registration"],
  ])("refuses %s", (_name, data) => {
    expect(srtDraftSchema.safeParse(data).success).toBe(false);
  });

  it("drops unknown keys so old drafts stay loadable", () => {
    expect(srtDraftSchema.parse({ retiredField: 1, indication: "AVM" })).toEqual({ indication: "AVM" });
  });
});
