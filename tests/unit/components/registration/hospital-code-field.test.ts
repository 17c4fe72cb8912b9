import { describe, expect, it } from "vitest";
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import type { FormDefinition } from "@/lib/modules/types";
import { renderForm } from "./render-form";

const label = (text: string) => ({ nl: text, fr: text, en: text, de: text });
const form: FormDefinition = {
  sections: [{ id: "T", title: label("Behandelingen"), fields: [{ kind: "field", id: "T2", key: "campus", type: "hospitalCode", list: "campuses", label: label("Campus"), required: true }] }],
};
const hospitalLists: HospitalLists = {
  campuses: [
    { code: "710", name: "Campus Sint-Jan", active: true },
    { code: "712", name: "Campus Maria Middelares", active: true },
    { code: "714", name: "Campus Heilig Hart", active: false },
  ],
};

/** The options of the campus list as "value=text", in order. */
function options(html: string): string[] {
  const select = /<select[^>]*id="field-campus"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1];
  if (select === undefined) throw new Error("no campus list");
  return [...select.matchAll(/<option[^>]*value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map(([, value, text]) => `${value}=${text!.replace(/&#x27;/g, "'").replace(/&quot;/g, '"')}`);
}

describe("the hospital-list control (the chronology's campus)", () => {
  it("offers the hospital's active campuses as 'site number – name', not the deactivated one", () => {
    expect(options(renderForm("nl", {}, { form, hospitalLists }))).toEqual(["=— kies een campus —", "710=710 – Campus Sint-Jan", "712=712 – Campus Maria Middelares"]);
  });

  it("keeps a deactivated campus chosen, marked, where the registration already names it", () => {
    const html = renderForm("fr", { campus: "714" }, { form, hospitalLists });
    expect(options(html)).toContain("714=714 – Campus Heilig Hart (désactivé)");
    expect(html).toContain("Ce site est désactivé");
  });

  it("keeps an old free-text campus as typed, with a note to choose one from the list", () => {
    const html = renderForm("nl", { campus: "Sint-Jan" }, { form, hospitalLists });
    expect(options(html).at(-1)).toBe("Sint-Jan=„Sint-Jan” (niet op de lijst)");
    expect(html).toContain("kies de juiste campus voor u verstuurt");
  });

  it("says so when the hospital's list is empty", () => {
    expect(options(renderForm("en", {}, { form }))).toEqual(["=— the hospital's list is empty: ask the access manager to fill it —"]);
  });
});
