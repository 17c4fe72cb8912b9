import { describe, expect, it } from "vitest";
import { srtDraftSchema, srtModule } from "@/lib/modules/srt";
import { getAtPath } from "@/lib/modules/paths";
import type { FormField, InputField } from "@/lib/modules/types";
import { locales } from "@/lib/validation/types";

/** Every input field with the data path of its first occurrence (plans.0.lesions.0.…). */
function inputFields(fields: readonly FormField[], base = ""): { field: InputField; path: string }[] {
  return fields.flatMap((field) =>
    field.kind === "group"
      ? inputFields(field.fields, `${base}${field.key}.0.`)
      : [{ field, path: `${base}${field.key}` }],
  );
}

const allFields = srtModule.form.sections.flatMap((section) => inputFields(section.fields));

/** A draft with `value` at `path`, inside one plan and one lesion where needed. */
function draftWith(path: string, value: unknown): unknown {
  const [first, , second, , third] = path.split(".");
  if (!second) return { [first ?? ""]: value };
  if (!third) return { plans: [{ [second]: value }] };
  return { plans: [{ lesions: [{ [third]: value }] }] };
}

describe("SRT field metadata", () => {
  it("has the specification's field ids, each once", () => {
    const ids = allFields.map(({ field }) => field.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["A1", "A8", "B1", "B7a", "B13", "B20", "B21", "C1", "C7", "D1", "D9", "E1"]) {
      expect(ids).toContain(id);
    }
  });

  it("labels, helps and options exist in Dutch, French and English", () => {
    for (const { field } of allFields) {
      const texts = [field.label, field.help, ...(field.options ?? []).map((option) => option.label)];
      for (const text of texts) {
        if (!text) continue;
        for (const locale of locales) expect(text[locale].trim(), `${field.id} ${locale}`).not.toBe("");
      }
    }
  });

  it("offers exactly the values the schema accepts", () => {
    for (const { field, path } of allFields) {
      for (const option of field.options ?? []) {
        const value = field.type === "multiselect" ? [option.value] : option.value;
        expect(srtDraftSchema.safeParse(draftWith(path, value)).success, `${field.id} ${option.value}`).toBe(true);
      }
      if (field.options) {
        const value = field.type === "multiselect" ? ["NOT_AN_OPTION"] : "NOT_AN_OPTION";
        expect(srtDraftSchema.safeParse(draftWith(path, value)).success, field.id).toBe(false);
      }
    }
  });

  it("stores every typed field under its key, and no computed one", () => {
    const samples: Partial<Record<InputField["type"], unknown>> = {
      date: "2024-01-01",
      year: 2020,
      text: "x",
      textarea: "x",
      topography: "C34.1",
      morphology: "8140/3",
      checkbox: true,
      computed: 12,
    };
    for (const { field, path } of allFields) {
      if (field.options) continue; // checked above through the options
      const numeric = field.type === "integer" || field.type === "decimal";
      const sample = numeric ? (field.min ?? 0) + 1 : samples[field.type];
      const stored = getAtPath(srtDraftSchema.parse(draftWith(path, sample)), path);
      expect(stored, field.id).toBe(field.type === "computed" ? undefined : sample);
    }
  });

  it("is plain data, so a server component can pass it to the browser", () => {
    expect(JSON.parse(JSON.stringify(srtModule.form))).toEqual(srtModule.form);
  });
});
