import { describe, expect, it } from "vitest";
import { measureRepeats } from "@/lib/modules/export-columns";
import { srtModule } from "@/lib/modules/srt";
import { avm, oligometastases, primaryTumour } from "./fixtures";

const byId = (columns: ReturnType<typeof srtModule.exportColumns>) => new Map(columns.map((column) => [column.id, column]));

describe("SRT export columns", () => {
  it("lists series and tumour fields by id in form order, then plans and lesions flattened", () => {
    const ids = srtModule.exportColumns({ plans: 1, "plans.lesions": 1 }).map((column) => column.id);
    expect(ids.slice(0, 3)).toEqual(["A1_indication", "A2_nomenclatureCode", "A3_mdtDate"]);
    expect(ids).toContain("B7a_cT");
    expect(ids.indexOf("plan1_C1_startDate")).toBeGreaterThan(ids.indexOf("B21_spetzlerMartinGrade"));
    expect(ids.filter((id) => id.startsWith("plan1_lesion1_"))).toEqual([
      "plan1_lesion1_D1_targetSite",
      "plan1_lesion1_D2_targetTopography",
      "plan1_lesion1_D3_laterality",
      "plan1_lesion1_D4_totalDoseGy",
      "plan1_lesion1_D5_fractions",
      "plan1_lesion1_D6_dosePerFractionGy",
      "plan1_lesion1_D7_prescriptionIsodosePct",
      "plan1_lesion1_D8_ptvVolumeCc",
      "plan1_lesion1_D9_bed10Gy",
    ]);
    // E2 and E3 are not form data (warnings are confirmed on the summary, correctionOf is the registration's).
    expect(ids.slice(-1)).toEqual(["E1_comments"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("flattens up to the maximum present when measured", () => {
    const counts = [primaryTumour, oligometastases, avm].reduce(
      (acc, data) => measureRepeats(srtModule.form, data, acc),
      {} as Record<string, number>,
    );
    expect(counts).toEqual({ plans: 2, "plans.lesions": 2 });
    const ids = srtModule.exportColumns(counts).map((column) => column.id);
    expect(ids).toContain("plan2_lesion2_D9_bed10Gy");
    expect(ids.some((id) => id.startsWith("plan3_") || id.includes("lesion3_"))).toBe(false);
  });

  it("uses the declared maximum (3 plans of 5 lesions) without counts", () => {
    const ids = srtModule.exportColumns().map((column) => column.id);
    expect(ids).toContain("plan3_lesion5_D1_targetSite");
    expect(ids.some((id) => id.startsWith("plan4_") || id.includes("lesion6_"))).toBe(false);
  });

  it("writes cells as text, computed values included, hidden and absent ones empty", () => {
    const columns = byId(srtModule.exportColumns());
    const cell = (id: string, data: unknown) => columns.get(id)?.get(data);
    expect(cell("A1_indication", oligometastases)).toBe("OLIGOMETASTASES");
    expect(cell("A7_concurrentSystemicTherapy", oligometastases)).toBe("TARGETED|IMMUNOTHERAPY");
    expect(cell("plan1_lesion2_D4_totalDoseGy", oligometastases)).toBe("48");
    expect(cell("plan1_lesion2_D6_dosePerFractionGy", oligometastases)).toBe("12");
    expect(cell("plan1_lesion2_D9_bed10Gy", oligometastases)).toBe("105.6");
    expect(cell("plan2_C1_startDate", oligometastases)).toBe("2024-12-02");
    expect(cell("plan3_C1_startDate", oligometastases)).toBe("");
    expect(cell("B2_topography", primaryTumour)).toBe("C34.1");
    // Tumour fields do not apply to an AVM, even if stale values remain in the data.
    expect(cell("B2_topography", { ...avm, topography: "C34.1" })).toBe("");
    expect(cell("A1_indication", "not an object")).toBe("");
  });

  it("describes each column for the data dictionary", () => {
    const columns = byId(srtModule.exportColumns());
    const lesionDose = columns.get("plan2_lesion3_D4_totalDoseGy");
    expect(lesionDose?.label).toEqual({
      nl: "Plan 2 – Letsel 3 – Totale voorgeschreven dosis",
      fr: "Plan 2 – Lésion 3 – Dose totale prescrite",
      en: "Plan 2 – Lesion 3 – Total prescribed dose",
      de: "Plan 2 – Läsion 3 – Verschriebene Gesamtdosis",
    });
    expect(lesionDose?.type).toBe("decimal");
    expect(columns.get("A1_indication")?.allowedValues?.map((value) => value.value)).toEqual([
      "PRIMARY_TUMOUR",
      "PRIMARY_RELAPSE",
      "OLIGOMETASTASES",
      "BRAIN_PRIMARY_MALIGNANT",
      "BRAIN_METASTASES",
      "BRAIN_BENIGN",
      "AVM",
    ]);
    expect(columns.get("A3_mdtDate")?.format).toBe("yyyy-mm-dd");
    expect(columns.get("B2_topography")?.format).toBe("ICD-O-3 topography Cxx.x");
  });
});
