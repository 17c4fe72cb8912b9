import { describe, expect, it } from "vitest";
import { readFacts } from "@/lib/modules/facts";
import { standardModule } from "@/lib/modules/standard";
import { srtModule } from "@/lib/modules/srt";

describe("tumour facts", () => {
  it("reads a standard new diagnosis in the shared vocabulary", () => {
    const facts = readFacts(standardModule.facts, {
      incidenceDate: "2026-03-14",
      topography: "C50.4",
      morphology: "8500/3",
      laterality: "1",
      basisOfDiagnosis: "2",
      mocDate: "2026-03-20",
      treatments: [{ code: "10" }, { code: "21" }, { code: "10" }, {}],
    });
    expect(facts).toEqual({
      incidenceDate: "2026-03-14",
      topography: "C50.4",
      morphology: "8500/3",
      laterality: "left",
      basisOfDiagnosis: "7",
      mocDate: "2026-03-20",
      treatmentCodes: ["10", "21"],
    });
  });

  it("reads a follow-up through its own form's declaration", () => {
    const facts = readFacts(standardModule.followUp.facts, { incidenceDate: "2027", treatmentPlan: [{ code: "30" }] });
    expect(facts).toEqual({ incidenceDate: "2027", treatmentCodes: ["30"] });
  });

  it("maps SRT's codes and drops stored values the map does not name", () => {
    expect(readFacts(srtModule.facts, { laterality: "9", basisOfDiagnosis: "8", topography: " C34.1 " })).toEqual({
      laterality: "unknown",
      topography: "C34.1",
    });
  });

  it("gives nothing, and never throws, for content of any shape", () => {
    for (const data of [null, undefined, 3, "x", [], { treatments: "no list" }, { treatments: [null, 5, { code: {} }] }]) {
      expect(readFacts(standardModule.facts, data)).toEqual({});
    }
    expect(readFacts(undefined, { topography: "C50.4" })).toEqual({});
  });
});
