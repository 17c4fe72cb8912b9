/**
 * The platform's "never sent" flag (issue 14, manual §5.5): a field, group or section marked
 * `neverSent` is left out of every export for the registry (the default audience) and is in the
 * hospital's own export, its label marked, whatever module declares it.
 */
import { describe, expect, it } from "vitest";
import { group, input } from "@/lib/modules/declare";
import { dataForAudience, formForAudience } from "@/lib/modules/audience";
import { buildExportColumns, NEVER_SENT_MARK } from "@/lib/modules/export-columns";
import { t } from "@/lib/modules/translated";
import type { FormDefinition } from "@/lib/modules/types";

const label = t("Veld", "Champ", "Field", "Feld");
const form: FormDefinition = {
  sections: [
    {
      id: "A",
      title: label,
      fields: [
        input({ id: "A1", key: "sentToo", type: "text", label, required: false }),
        input({ id: "A2", key: "ownNote", type: "text", label, required: false, neverSent: true }),
        group({
          id: "A3",
          key: "ownItems",
          label,
          itemLabel: t("Item {n}", "Item {n}", "Item {n}", "Item {n}"),
          exportPrefix: "own",
          minItems: 0,
          maxItems: 3,
          exportItems: 2,
          neverSent: true,
          fields: [input({ id: "A3V", key: "value", type: "text", label, required: false })],
        }),
      ],
    },
    { id: "X", title: label, neverSent: true, fields: [input({ id: "X1", key: "hospitalCode", type: "text", label, required: false })] },
  ],
};
const data = { sentToo: "a", ownNote: "b", ownItems: [{ value: "c" }], hospitalCode: "d" };

describe("fields never sent to the registry", () => {
  it("are left out of the registry's export, the default", () => {
    for (const columns of [buildExportColumns(form, { ownItems: 2 }), buildExportColumns(form, { ownItems: 2 }, "registry")]) {
      expect(columns.map((column) => column.id)).toEqual(["A1_sentToo"]);
    }
  });

  it("are in the hospital's export, marked, with their values", () => {
    const columns = buildExportColumns(form, { ownItems: 2 }, "hospital");
    expect(columns.map((column) => column.id)).toEqual(["A1_sentToo", "A2_ownNote", "own1_A3V_value", "own2_A3V_value", "X1_hospitalCode"]);
    const byId = new Map(columns.map((column) => [column.id, column]));
    expect(byId.get("A1_sentToo")?.neverSent).toBeUndefined();
    expect(byId.get("A1_sentToo")?.label.en).toBe("Field");
    for (const id of ["A2_ownNote", "own1_A3V_value", "X1_hospitalCode"]) {
      expect(byId.get(id)?.neverSent, id).toBe(true);
      expect(byId.get(id)?.label.fr, id).toContain(NEVER_SENT_MARK.fr);
    }
    expect(columns.map((column) => column.get(data))).toEqual(["a", "b", "c", "", "d"]);
  });
});

describe("what registry staff see of a registration (the audience)", () => {
  const listed = {
    sections: [
      {
        id: "L",
        title: label,
        fields: [
          group({
            id: "L1",
            key: "items",
            label,
            itemLabel: t("Item {n}", "Item {n}", "Item {n}", "Item {n}"),
            exportPrefix: "item",
            minItems: 0,
            maxItems: 3,
            exportItems: 1,
            fields: [input({ id: "L1A", key: "sent", type: "text", label, required: false }), input({ id: "L1B", key: "own", type: "text", label, required: false, neverSent: true })],
          }),
        ],
      },
    ],
  } satisfies FormDefinition;

  it("is the whole form and data for the hospital", () => {
    expect(formForAudience(form, "hospital")).toBe(form);
    expect(dataForAudience(form, data, "hospital")).toBe(data);
  });

  it("drops the sections, groups and fields never sent for the registry, and their values, without touching the original", () => {
    const cut = formForAudience(form, "registry");
    expect(cut.sections.map((section) => section.id)).toEqual(["A"]);
    expect(cut.sections[0]!.fields.map((field) => field.key)).toEqual(["sentToo"]);
    expect(formForAudience(form, "registry")).toBe(cut);
    expect(dataForAudience(form, data, "registry")).toEqual({ sentToo: "a" });
    expect(data).toEqual({ sentToo: "a", ownNote: "b", ownItems: [{ value: "c" }], hospitalCode: "d" });
  });

  it("drops a field never sent in every item of a group", () => {
    const items = { items: [{ sent: "x", own: "y" }, { sent: "z" }, "odd"] };
    expect(dataForAudience(listed, items, "registry")).toEqual({ items: [{ sent: "x" }, { sent: "z" }, "odd"] });
    expect(items.items[0]).toEqual({ sent: "x", own: "y" });
    const group = formForAudience(listed, "registry").sections[0]!.fields[0]!;
    expect(group.kind === "group" && group.fields.map((field) => field.key)).toEqual(["sent"]);
  });

  it("leaves malformed content as it is", () => {
    for (const odd of [null, undefined, "text", 3, [1, 2]]) expect(dataForAudience(form, odd, "registry")).toBe(odd);
  });
});
