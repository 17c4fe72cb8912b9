import { describe, expect, it } from "vitest";
import { ZAddCampus, ZSetCampusActive } from "@/lib/campuses/schemas";
import { rootScope } from "@/lib/modules/conditions";
import { buildExportColumns } from "@/lib/modules/export-columns";
import { checkFieldFormat, displayFieldValue, draftSchemaOf } from "@/lib/modules/field-types";
import { hospitalListIssues, type HospitalLists } from "@/lib/modules/hospital-lists";
import type { FormDefinition, InputField } from "@/lib/modules/types";
import { formatFieldValue } from "@/lib/pdf/format-values";
import { pdfTexts } from "@/lib/pdf/pdf-texts";

const label = (text: string) => ({ nl: text, fr: text, en: text, de: text });
const campus: InputField = { kind: "field", id: "T2", key: "campus", type: "hospitalCode", list: "campuses", label: label("Campus"), required: true };
const form: FormDefinition = {
  sections: [
    {
      id: "T",
      title: label("Treatments"),
      fields: [
        {
          kind: "group",
          id: "T0",
          key: "rows",
          label: label("Rows"),
          itemLabel: label("Row {n}"),
          exportPrefix: "row",
          minItems: 1,
          maxItems: 5,
          exportItems: 2,
          fields: [{ kind: "field", id: "T1", key: "kind", type: "text", label: label("Kind"), required: false }, { ...campus, visibleWhen: { not: { field: "kind", equals: "hidden" } } }],
        },
      ],
    },
  ],
};
const lists: HospitalLists = {
  campuses: [
    { code: "710", name: "Campus Sint-Jan", active: true },
    { code: "714", name: "Campus Heilig Hart", active: false },
  ],
};
const context = { locale: "nl" as const, scope: rootScope({}), yes: "Ja", no: "Nee" };

describe("hospital-list fields (the hospital's campuses)", () => {
  it("show 'site number – name', active or deactivated, and an unlisted value as it was typed", () => {
    expect(displayFieldValue(campus, "710", { ...context, hospitalLists: lists })).toBe("710 – Campus Sint-Jan");
    expect(displayFieldValue(campus, "714", { ...context, hospitalLists: lists })).toBe("714 – Campus Heilig Hart");
    expect(displayFieldValue(campus, "Sint-Jan", { ...context, hospitalLists: lists })).toBe("Sint-Jan");
    // Without the hospital's lists (another caller), the code alone.
    expect(displayFieldValue(campus, "710", context)).toBe("710");
    expect(formatFieldValue(campus, "710", rootScope({}), "fr", pdfTexts.fr, lists)).toBe("710 – Campus Sint-Jan");
  });

  it("store and export the code; old free-text values still load and export", () => {
    const schema = draftSchemaOf(form);
    expect(schema.parse({ rows: [{ campus: " 710 " }, { campus: "Campus Sint-Jan (oud)" }] })).toEqual({ rows: [{ campus: "710" }, { campus: "Campus Sint-Jan (oud)" }] });
    expect(checkFieldFormat(campus, "x".repeat(101))).toEqual({ key: "tooLong", params: { max: 100 } });
    const column = buildExportColumns(form, { rows: 2 }).find((candidate) => candidate.fieldId === "T2")!;
    expect(column.get({ rows: [{ campus: "710" }] })).toBe("710");
    expect(column.format).toContain("campuses");
  });

  it("flag a visible value that is not on the hospital's list (deactivated entries stay valid; blank and hidden values are not checked)", () => {
    const data = { rows: [{ campus: "710" }, { campus: "714" }, { campus: "999" }, { campus: "" }, { kind: "hidden", campus: "888" }] };
    expect(hospitalListIssues(form, data, lists)).toEqual([
      { ruleId: "LIST-E01", ruleVersion: 1, severity: "error", path: "rows.2.campus", messageKey: "LIST-E01", params: { field: "T2", value: "999" } },
    ]);
    // A hospital without the list: every value is unlisted (fails closed).
    expect(hospitalListIssues(form, { rows: [{ campus: "710" }] }, {}).map((issue) => issue.path)).toEqual(["rows.0.campus"]);
    // Malformed content never throws.
    expect(hospitalListIssues(form, { rows: "nope" }, lists)).toEqual([]);
    expect(hospitalListIssues(form, null, lists)).toEqual([]);
  });
});

describe("the campus page's schemas", () => {
  it("take a site number of 1 to 6 digits and a name, trimmed, with translated keys", () => {
    expect(ZAddCampus.parse({ siteNumber: " 0710 ", name: " Campus Zuid " })).toEqual({ siteNumber: "0710", name: "Campus Zuid" });
    const refused = (input: unknown) => ZAddCampus.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    expect(refused({ siteNumber: "", name: "x" })).toEqual(["siteNumber:errors.siteNumberRequired"]);
    expect(refused({ siteNumber: "71-0", name: "x" })).toEqual(["siteNumber:errors.siteNumberFormat"]);
    expect(refused({ siteNumber: "1234567", name: "x" })).toEqual(["siteNumber:errors.siteNumberFormat"]);
    expect(refused({ siteNumber: "710", name: "x".repeat(101) })).toEqual(["name:errors.nameTooLong"]);
    expect(ZSetCampusActive.parse({ campusId: "4e6f3a0e-8d0a-4d7b-9a55-0d1f6b8f3c11", active: "false" }).active).toBe(false);
  });
});
