/**
 * What a form declaration can say beyond plain fields, each with a case where it applies and one
 * where it does not: grid rows with their own fields, a grid cell's visibleWhen (display, export,
 * required), codes that are not numbers, default values and the empty draft of a form that hides
 * sections, and the conditions on a code's end and on some item of a group.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { evaluateCondition, rootScope } from "@/lib/modules/conditions";
import { group, input } from "@/lib/modules/declare";
import { defineForm } from "@/lib/modules/define-module";
import { emptyDraftOf, emptyItemOf } from "@/lib/modules/empty-draft";
import { buildExportColumns, defaultRepeatCounts } from "@/lib/modules/export-columns";
import { displayFieldValue, draftSchemaOf, type DraftOf } from "@/lib/modules/field-types";
import { fieldLabel } from "@/lib/modules/describe-issue";
import { findMissingRequired } from "@/lib/modules/required";
import { t } from "@/lib/modules/translated";
import type { Condition, FormDefinition } from "@/lib/modules/types";

const label = (text: string) => t(text, text, text, `${text} (de)`);
const twice: Condition = { field: "/twice", equals: true };

const markers = input({
  id: "G",
  key: "markers",
  type: "grid",
  label: label("Markers"),
  rows: [
    { key: "er", label: label("ER") },
    {
      key: "her2",
      label: label("HER2"),
      columns: [input({ id: "GH", key: "score", type: "select", label: label("Score"), options: [{ value: "0", label: label("0") }, { value: "3+", label: label("3+") }] })],
    },
    {
      key: "other",
      label: label("Other"),
      columns: [
        input({ id: "GN", key: "name", type: "text", label: label("Name"), required: { field: "result", filled: true } }),
        input({ id: "GR", key: "result", type: "text", label: label("Result") }),
      ],
    },
  ],
  columns: [
    input({ id: "G1", key: "first", type: "select", label: label("First"), options: [{ value: "POS", label: label("Positive") }, { value: "NEG", label: label("Negative") }] }),
    input({ id: "G2", key: "second", type: "select", label: label("Second"), options: [{ value: "POS", label: label("Positive") }], visibleWhen: twice }),
  ],
});

const treatments = group({
  id: "T",
  key: "treatments",
  label: label("Treatments"),
  itemLabel: label("Treatment {n}"),
  exportPrefix: "treatment",
  minItems: 1,
  maxItems: 5,
  exportItems: 2,
  fields: [
    input({ id: "T1", key: "code", type: "code", label: label("Code"), options: [{ value: "10", label: label("10") }, { value: "40", label: label("40") }] }),
    input({ id: "T2", key: "campus", type: "text", label: label("Campus"), defaultValue: "710" }),
  ],
});

const form = {
  sections: [
    {
      id: "A",
      title: label("Tumour"),
      fields: [
        input({ id: "A1", key: "side", type: "code", label: label("Side"), options: [{ value: "1", label: label("1 – left") }, { value: "NK", label: label("NK – unknown") }] }),
        input({ id: "A2", key: "edition", type: "code", label: label("Edition"), options: [{ value: "8", label: label("8") }, { value: "9", label: label("9") }], defaultValue: "8" }),
        input({ id: "A3", key: "morphology", type: "morphology", label: label("Morphology") }),
        input({ id: "A4", key: "grade", type: "text", label: label("Grade"), required: { field: "morphology", endsWith: ["/3"] } }),
        input({ id: "A5", key: "twice", type: "checkbox", label: label("Twice") }),
        markers,
        treatments,
      ],
    },
    {
      id: "S",
      title: label("After surgery"),
      visibleWhen: { field: "/treatments", some: { field: "code", in: ["10"] } },
      fields: [input({ id: "S1", key: "size", type: "integer", label: label("Size") })],
    },
    {
      id: "M",
      title: label("Participants"),
      visibleWhen: { field: "/reasons", filled: true },
      fields: [
        group({ id: "P", key: "participants", label: label("Participants"), itemLabel: label("Participant {n}"), exportPrefix: "participant", minItems: 1, maxItems: 4, exportItems: 1, fields: [input({ id: "P1", key: "name", type: "text", label: label("Name") })] }),
      ],
    },
  ],
} satisfies FormDefinition;

const context = { locale: "en" as const, scope: rootScope({}), yes: "Yes", no: "No" };
const columns = buildExportColumns(form, defaultRepeatCounts(form));
const cell = (id: string, data: unknown) => columns.find((column) => column.id === id)!.get(data);

describe("grid rows with their own fields", () => {
  const schema = draftSchemaOf(form);

  it("store each row with its own fields and option list", () => {
    expect(schema.parse({ markers: { er: { first: "POS" }, her2: { score: "3+" }, other: { name: "AR", result: "10 %" } } })).toEqual({
      markers: { er: { first: "POS" }, her2: { score: "3+" }, other: { name: "AR", result: "10 %" } },
    });
    // The HER2 row takes its own list, not the grid's columns, and the grid's rows not the HER2 list.
    expect(schema.safeParse({ markers: { her2: { score: "POS" } } }).success).toBe(false);
    expect(schema.safeParse({ markers: { er: { first: "3+" } } }).success).toBe(false);
    expect(schema.parse({ markers: { her2: { first: "POS" } } })).toEqual({ markers: { her2: {} } });
  });

  it("give the draft type each row's own fields", () => {
    type Markers = NonNullable<DraftOf<typeof form>["markers"]>;
    expectTypeOf<NonNullable<Markers["her2"]>["score"]>().toEqualTypeOf<"0" | "3+" | undefined>();
    expectTypeOf<NonNullable<Markers["er"]>["first"]>().toEqualTypeOf<"POS" | "NEG" | undefined>();
  });

  it("are shown and exported cell by cell, by the row's own fields", () => {
    const data = { markers: { er: { first: "NEG" }, her2: { score: "3+" }, other: { name: "AR", result: "10 %" } } };
    expect(displayFieldValue(markers, data.markers, { ...context, scope: rootScope(data) })).toBe("ER: First Negative\nHER2: Score 3+\nOther: Name AR, Result 10 %");
    expect(cell("GH_markers_her2_score", data)).toBe("3+");
    expect(cell("GN_markers_other_name", data)).toBe("AR");
    expect(columns.map((column) => column.id)).not.toContain("G1_markers_her2_first");
  });

  it("name a cell's findings by its row and field, not only the grid", () => {
    const inForm = { sections: form.sections };
    expect(fieldLabel(inForm, "markers.her2.score", "en")).toBe("HER2 – Score (GH)");
    expect(fieldLabel(inForm, "markers.her2", "en")).toBe("Markers (G)");
  });

  it("have their required cells checked, with the cell's conditions read in its row", () => {
    expect(findMissingRequired(form, { markers: { other: { result: "10 %" } }, treatments: [{}] })).toEqual([{ path: "markers.other.name", params: { field: "GN" } }]);
    expect(findMissingRequired(form, { markers: { other: { name: "AR", result: "10 %" } }, treatments: [{}] })).toEqual([]);
  });
});

describe("a grid's unticked box", () => {
  it("is not shown as a value of its row", () => {
    const grid = input({ id: "K", key: "ki67", type: "grid", label: label("Ki-67"), rows: [{ key: "ki67", label: label("Ki-67") }], columns: [input({ id: "KN", key: "notTested", type: "checkbox", label: label("Not tested") }), input({ id: "KV", key: "value", type: "integer", label: label("Value") })] });
    expect(displayFieldValue(grid, { ki67: { notTested: false } }, context)).toBeUndefined();
    expect(displayFieldValue(grid, { ki67: { notTested: true } }, context)).toBe("Ki-67: Not tested Yes");
    expect(displayFieldValue(grid, { ki67: { notTested: false, value: 15 } }, context)).toBe("Ki-67: Value 15");
  });
});

describe("a grid cell's visibleWhen", () => {
  const stale = { twice: false, markers: { er: { first: "POS", second: "POS" } } };
  const shown = { ...stale, twice: true };

  it("hides the cell in the read-only display (summary, read-only view, PDF)", () => {
    expect(displayFieldValue(markers, stale.markers, { ...context, scope: rootScope(stale) })).toBe("ER: First Positive");
    expect(displayFieldValue(markers, shown.markers, { ...context, scope: rootScope(shown) })).toBe("ER: First Positive, Second Positive");
  });

  it("leaves the cell out of the exports", () => {
    expect(cell("G2_markers_er_second", stale)).toBe("");
    expect(cell("G2_markers_er_second", shown)).toBe("POS");
  });
});

describe("codes that are not numbers", () => {
  it("are stored and exported as written (the form's #NK = NK)", () => {
    const schema = draftSchemaOf(form);
    expect(schema.parse({ side: "NK" })).toEqual({ side: "NK" });
    expect(schema.safeParse({ side: "nk" }).success).toBe(false);
    expect(cell("A1_side", { side: "NK" })).toBe("NK");
  });

  it("must still look like a registry code: a declaration with another shape is refused", () => {
    const wrong = { sections: [{ id: "A", title: label("A"), fields: [input({ id: "A1", key: "side", type: "code", label: label("Side"), options: [{ value: "not known", label: label("?") }] })] }] };
    expect(() => draftSchemaOf(wrong)).toThrow(/not a registry code/);
  });
});

describe("default values and the empty draft", () => {
  it("start a registration with the defaults and the groups' first items, but nothing in a hidden section", () => {
    // The participants' section is hidden on an empty form: no first participant yet.
    expect(emptyDraftOf(form)).toEqual({ edition: "8", treatments: [{ campus: "710" }] });
    expect(defineForm({ form, rules: [], formatRule: { id: "F-E00", version: 1 } }).emptyDraft()).toEqual({ edition: "8", treatments: [{ campus: "710" }] });
  });

  it("fill a new item of a group with its defaults", () => {
    expect(emptyItemOf(treatments)).toEqual({ campus: "710" });
  });

  it("must be values of their field: a declaration with a wrong default is refused", () => {
    const wrong = { sections: [{ id: "A", title: label("A"), fields: [input({ id: "A2", key: "edition", type: "code", label: label("Edition"), options: [{ value: "8", label: label("8") }], defaultValue: "7" })] }] };
    expect(() => defineForm({ form: wrong, rules: [], formatRule: { id: "F-E00", version: 1 } })).toThrow(/default value/);
  });
});

describe("conditions on a code's end and on some item of a group", () => {
  it("read a morphology's behaviour digit (the grade required for /3 only)", () => {
    expect(evaluateCondition({ field: "morphology", endsWith: ["/3"] }, rootScope({ morphology: "8500/3" }))).toBe(true);
    expect(evaluateCondition({ field: "morphology", endsWith: ["/3"] }, rootScope({ morphology: "8500/2" }))).toBe(false);
    expect(evaluateCondition({ field: "morphology", endsWith: ["/3"] }, rootScope({ morphology: 83 }))).toBe(false);
    expect(findMissingRequired(form, { morphology: "8500/3", treatments: [{}] })).toEqual([{ path: "grade", params: { field: "A4" } }]);
    expect(findMissingRequired(form, { morphology: "8500/2", treatments: [{}] })).toEqual([]);
  });

  it("hold when some item of a group matches, read inside the item", () => {
    const surgery = { field: "/treatments", some: { field: "code", in: ["10"] } } as const;
    expect(evaluateCondition(surgery, rootScope({ treatments: [{ code: "40" }, { code: "10" }] }))).toBe(true);
    expect(evaluateCondition(surgery, rootScope({ treatments: [{ code: "40" }] }))).toBe(false);
    expect(evaluateCondition(surgery, rootScope({ treatments: "10" }))).toBe(false);
    // The section after surgery is exported only when it is shown.
    expect(cell("S1_size", { treatments: [{ code: "10" }], size: 12 })).toBe("12");
    expect(cell("S1_size", { treatments: [{ code: "40" }], size: 12 })).toBe("");
  });
});
