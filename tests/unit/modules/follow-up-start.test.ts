import { describe, expect, it } from "vitest";
import { input } from "@/lib/modules/declare";
import { defineForm } from "@/lib/modules/define-module";
import { followUpStart, prefilledFrom } from "@/lib/modules/follow-up-start";
import { t } from "@/lib/modules/translated";
import type { FormDefinition } from "@/lib/modules/types";

const label = t("Veld", "Champ", "Field", "Feld");
const form = {
  sections: [{ id: "F", title: label, fields: [input({ id: "F1", key: "site", type: "text", maxLength: 10, label }), input({ id: "F2", key: "year", type: "partialDate", label })] }],
} satisfies FormDefinition;
const spec = { form, rules: [], formatRule: { id: "T-E00", version: 1 } } as const;

describe("followUpStart", () => {
  it("is the empty draft when the form takes nothing from the original", () => {
    expect(followUpStart(defineForm(spec), { site: "C50" })).toEqual({});
  });

  it("lays what the form's prefill takes from the original over the empty draft, without undefined values", () => {
    const declared = defineForm({ ...spec, prefill: (original) => ({ site: (original as { site?: string }).site, year: undefined }) });
    expect(followUpStart(declared, { site: "C50", other: 1 })).toEqual({ site: "C50" });
    expect(Object.keys(followUpStart(declared, {}) as object)).toEqual([]);
  });

  it("starts empty when the prefilled content does not have the form's shape", () => {
    const declared = defineForm({ ...spec, prefill: () => ({ site: "far more than ten characters" }) });
    expect(followUpStart(declared, {})).toEqual({});
  });
});

describe("prefilledFrom", () => {
  it("is what the prefill takes, without undefined values, and nothing without a prefill", () => {
    expect(prefilledFrom(defineForm({ ...spec, prefill: () => ({ site: "C61", year: undefined }) }), {})).toEqual({ site: "C61" });
    expect(prefilledFrom(defineForm(spec), { site: "C61" })).toEqual({});
  });
});
