import { describe, expect, it } from "vitest";
import { rootScope } from "@/lib/modules/conditions";
import { buildExportColumns, defaultRepeatCounts } from "@/lib/modules/export-columns";
import { checkFieldFormat, displayFieldValue, draftSchemaOf, fieldTypes } from "@/lib/modules/field-types";
import { findMissingRequired } from "@/lib/modules/required";
import { fieldTypesOf } from "./field-types-support";
import { followUpTrialModule } from "../../fixtures/modules/follow-up-trial";

const form = followUpTrialModule.form;
const field = (key: string) => {
  const found = form.sections.flatMap((section) => section.fields).find((candidate) => candidate.key === key);
  if (found?.kind !== "field") throw new Error(key);
  return found;
};
const context = { locale: "fr" as const, scope: rootScope({}), yes: "Oui", no: "Non" };

describe("the field-type registry", () => {
  it("has a definition for every field type the declarations use", () => {
    for (const type of fieldTypesOf(form)) expect(fieldTypes[type]).toBeDefined();
  });

  it("derives the draft schema from the fields: codes, grids and partial dates", () => {
    const schema = draftSchemaOf(form);
    expect(schema.parse({ firstTreatment: "40", markers: { KRAS: { tumour1: "MUTATED", tested: "2024" } }, retired: 1 })).toEqual({
      firstTreatment: "40",
      markers: { KRAS: { tumour1: "MUTATED", tested: "2024" } },
    });
    expect(schema.parse({ firstTreatment: "", markers: null })).toEqual({});
    expect(schema.safeParse({ firstTreatment: "41" }).success).toBe(false);
    expect(schema.safeParse({ markers: { KRAS: { tumour1: "UNKNOWN" } } }).success).toBe(false);
    expect(schema.safeParse({ markers: { KRAS: { tested: "24" } } }).success).toBe(false);
    // Unknown rows are dropped like retired fields.
    expect(schema.parse({ markers: { NRAS: { tumour1: "WILD" } } })).toEqual({ markers: {} });
  });

  it("shows a code by its label and exports the numeric code", () => {
    expect(displayFieldValue(field("firstTreatment"), "40", context)).toBe("Chimiothérapie");
    const columns = buildExportColumns(form, defaultRepeatCounts(form));
    const treatment = columns.find((column) => column.id === "A3_firstTreatment");
    expect(treatment?.get({ firstTreatment: "40" })).toBe("40");
    expect(treatment?.allowedValues?.map((value) => value.value)).toEqual(["10", "20", "40"]);
  });

  it("exports a grid as one column per cell, of the cell's type, and shows it row by row", () => {
    const columns = buildExportColumns(form, defaultRepeatCounts(form));
    const ids = columns.map((column) => column.id);
    expect(ids).toEqual(expect.arrayContaining(["A4a_markers_KRAS_tumour1", "A4b_markers_KRAS_tested", "A4a_markers_BRAF_tumour1", "A4b_markers_BRAF_tested"]));
    expect(ids).not.toContain("A4_markers");
    const data = { markers: { KRAS: { tumour1: "MUTATED", tested: "2024-05-02" } } };
    const kras = columns.find((column) => column.id === "A4b_markers_KRAS_tested");
    expect(kras?.get(data)).toBe("2024-05-02");
    expect(kras?.format).toBe("yyyy-mm-dd, or yyyy when only the year is known");
    expect(kras?.label.en).toBe("Molecular markers – KRAS – Tested in");
    expect(displayFieldValue(field("markers"), data.markers, context)).toBe("KRAS: Tumeur 1 Muté, Testé en 02/05/2024");
    expect(displayFieldValue(field("markers"), { KRAS: {} }, context)).toBeUndefined();
  });

  it("checks a grid cell as its column's type, and counts an empty grid as empty", () => {
    const tested = field("markers").columns!.find((column) => column.key === "tested")!;
    expect(checkFieldFormat(tested, "20245")).toEqual({ key: "partialDate" });
    expect(checkFieldFormat(tested, "2024")).toBeNull();
    const required = { ...field("markers"), required: true };
    const requiredForm = { sections: [{ id: "A", title: form.sections[0]!.title, fields: [required] }] };
    expect(findMissingRequired(requiredForm, { markers: { KRAS: {} } })).toEqual([{ path: "markers", params: { field: "A4" } }]);
    expect(findMissingRequired(requiredForm, { markers: { KRAS: { tumour1: "WILD" } } })).toEqual([]);
  });
});
