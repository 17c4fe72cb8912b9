import { describe, expect, it } from "vitest";
import { measureRepeats } from "@/lib/modules/export-columns";
import { standardModule } from "@/lib/modules/standard";
import type { RepeatCounts } from "@/lib/modules/types";
import { lungCancer, maleBreastCancer, prostateCancer } from "./fixtures";

const row = (columns: ReturnType<typeof standardModule.exportColumns>, data: unknown) => new Map(columns.map((column) => [column.id, column.get(data)]));
const withOwnFields = { ...lungCancer, ownFieldsWanted: true, ownFields: [{ name: "Studienummer intern", kind: "TEXT" as const, textValue: "ONCO-17" }] };

describe("standard export columns", () => {
  it("write the registry's codes, in form order, chronology rows flattened", () => {
    const columns = standardModule.exportColumns({ treatments: 2, mocParticipants: 2 });
    const ids = columns.map((column) => column.id);
    expect(ids.slice(0, 4)).toEqual(["1_incidenceDate", "2_basisOfDiagnosis", "3_whoPerformanceStatus", "4_topography"]);
    expect(new Set(ids).size).toBe(ids.length);
    const values = row(columns, lungCancer);
    expect(values.get("2_basisOfDiagnosis")).toBe("2");
    expect(values.get("5_laterality")).toBe("2");
    expect(values.get("8E_tnmEdition")).toBe("8");
    expect(values.get("treatment1_10B1_code")).toBe("10");
    expect(values.get("treatment2_10B1_code")).toBe("40");
    expect(values.get("M1_mocReasons")).toBe("NEW_DIAGNOSIS");
    expect(values.get("participant2_MP5P_physician")).toBe("45678981003|Lambert|Luc");
    expect(values.get("MP3_requester")).toBe("23456776003|Dubois|Marc");
    expect(columns.find((column) => column.id === "2_basisOfDiagnosis")?.allowedValues?.map((value) => value.value)).toEqual(["2", "3", "4", "5", "6", "7", "8", "9"]);
  });

  it("leave the breast supplement empty outside C50, and the MOC empty when not discussed", () => {
    const columns = standardModule.exportColumns();
    expect(row(columns, maleBreastCancer).get("B2abT1_receptors_er_tumour1")).toBe("POSITIVE");
    expect(row(columns, { ...lungCancer, receptors: { er: { tumour1: "POSITIVE" } } }).get("B2abT1_receptors_er_tumour1")).toBe("");
    expect(row(columns, prostateCancer).get("MP6D_mocDate")).toBe("");
    const tumour2 = { ...maleBreastCancer, receptors: { er: { tumour1: "POSITIVE" as const, tumour2: "NEGATIVE" as const } } };
    expect(row(columns, tumour2).get("B2abT2_receptors_er_tumour2")).toBe("");
    expect(row(columns, { ...tumour2, multifocal: true }).get("B2abT2_receptors_er_tumour2")).toBe("NEGATIVE");
  });

  it("never send the fields for the hospital's own use; the hospital's export has them, marked", () => {
    expect(standardModule.exportColumns().some((column) => column.id.includes("ownFields") || column.fieldId.startsWith("X"))).toBe(false);
    expect(standardModule.followUp.exportColumns().some((column) => column.fieldId.startsWith("X"))).toBe(false);
    const hospital = standardModule.exportColumns({ treatments: 2, mocParticipants: 2, ownFields: 1 }, "hospital");
    const own = hospital.find((column) => column.id === "own1_X2T_textValue");
    expect(own?.get(withOwnFields)).toBe("ONCO-17");
    expect(own?.label.nl).toContain("(eigen gebruik, niet verzonden)");
    expect(own?.neverSent).toBe(true);
    expect(hospital.find((column) => column.id === "1_incidenceDate")?.label.nl).toBe("Incidentiedatum");
    // The tumour-2 gate holds in the hospital's export too.
    const tumour2 = { ...maleBreastCancer, receptors: { er: { tumour1: "POSITIVE" as const, tumour2: "NEGATIVE" as const } } };
    expect(hospital.find((column) => column.id === "B2abT2_receptors_er_tumour2")?.get(tumour2)).toBe("");
  });

  it("measure the rows to flatten", () => {
    const counts = [lungCancer, maleBreastCancer].reduce<RepeatCounts>((acc, data) => measureRepeats(standardModule.form, data, acc), {});
    expect(counts).toMatchObject({ treatments: 4, mocParticipants: 2 });
  });
});
