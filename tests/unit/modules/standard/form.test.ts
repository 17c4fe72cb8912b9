import { describe, expect, it } from "vitest";
import { listModules } from "@/lib/modules/registry";
import { followUpPrefill, standardModule } from "@/lib/modules/standard";
import { followUpForm, standardForm } from "@/lib/modules/standard/fields";
import type { FormDefinition, FormField } from "@/lib/modules/types";
import { catalogues, renderForm } from "../../components/registration/render-form";
import { context, lungCancer, maleBreastCancer } from "./fixtures";

const fieldIds = (fields: readonly FormField[]): string[] => fields.flatMap((field) => [field.id, ...(field.kind === "group" ? fieldIds(field.fields) : [])]);
const ids = (form: FormDefinition) => form.sections.flatMap((section) => fieldIds(section.fields));

describe("standard module declaration", () => {
  it("is the standard module with follow-ups, listed first on the home page", () => {
    expect(standardModule.id).toBe("standard");
    expect(standardModule.kind).toBe("standard");
    expect(standardModule.allowsFollowUp).toBe(true);
    expect(standardModule.referencePrefix).toBe("STD");
    expect(listModules()[0]).toBe(standardModule);
  });

  it("starts a new diagnosis with the current UICC edition and one chronology row", () => {
    expect(standardModule.emptyDraft()).toEqual({ tnmEdition: "8", treatments: [{}] });
    expect(standardModule.followUp.emptyDraft()).toEqual({ treatmentPlan: [{}] });
  });

  it("gives every field a unique id in each form", () => {
    for (const form of [standardForm, followUpForm]) expect(new Set(ids(form)).size).toBe(ids(form).length);
  });

  it("prepares a corrected version with the original's content; the old C2 and C3 of stored data are dropped", () => {
    // Warnings are confirmed on the summary, and the original's reference is the registration's correctionOf column, never form data.
    const correction = standardModule.prepareCorrection({ ...lungCancer, warningConfirmation: true, correctionOf: "STD-2025-000123" });
    expect(correction).toEqual(lungCancer);
  });
});

describe("required fields", () => {
  it("of an empty new diagnosis are items 1–8, the trial question and the first chronology row", () => {
    const missing = standardModule.validate(standardModule.emptyDraft(), context).filter((issue) => issue.ruleId === "A55-E01").map((issue) => issue.path);
    expect(missing).toEqual([
      "incidenceDate",
      "basisOfDiagnosis",
      "whoPerformanceStatus",
      "topography",
      "laterality",
      "morphology",
      "clinicalTrial",
      "treatments.0.code",
      "treatments.0.campus",
      "treatments.0.startDate",
    ]);
  });

  it("grow with the breast supplement and the MOC", () => {
    const data = { ...standardModule.emptyDraft(), topography: "C50.1", mocReasons: ["OTHER"] };
    const missing = standardModule.validate(data, context).filter((issue) => issue.ruleId === "A55-E01").map((issue) => issue.path);
    expect(missing).toEqual(expect.arrayContaining(["menopausalStatus", "mocOtherReason", "coordinatingPhysician", "requester", "coordinator", "mocParticipants", "mocDate"]));
  });
});

describe("follow-up prefill", () => {
  it("takes site, histology and incidence date from the original, nothing else", () => {
    expect(followUpPrefill(maleBreastCancer)).toEqual({ topography: "C50.4", morphology: "8500/3", incidenceDate: "2024-10-14" });
    expect(standardModule.followUp.prefill?.(maleBreastCancer)).toEqual(followUpPrefill(maleBreastCancer));
    expect(followUpPrefill("garbage")).toEqual({});
    expect(followUpPrefill({ ...maleBreastCancer, topography: 42 })).toEqual({});
  });
});

describe("the new-diagnosis form (server render with the form renderer)", () => {
  it.each(["nl", "fr", "en", "de"] as const)("renders in %s without missing texts", (locale) => {
    const html = renderForm(locale, maleBreastCancer, { form: standardForm });
    expect(html).not.toContain("registrationForm.");
    expect(html).toContain(catalogues[locale].registrationForm.actions.save);
    expect(html).toContain(standardForm.sections[0]!.title[locale].replace(/'/g, "&#x27;"));
  });

  it("shows the breast supplement for C50 only, and the participants once a MOC reason is ticked", () => {
    const breast = renderForm("nl", maleBreastCancer, { form: standardForm });
    const lung = renderForm("nl", { ...lungCancer, mocReasons: [] }, { form: standardForm });
    expect(breast).toContain('id="field-menopausalStatus');
    expect(lung).not.toContain('id="field-menopausalStatus');
    expect(breast).toContain('id="field-mocDate"');
    expect(lung).not.toContain('id="field-mocDate"');
  });

  it("offers the registry's codes as the stored values", () => {
    const html = renderForm("nl", lungCancer, { form: standardForm });
    expect(html).toContain("5 – technisch onderzoek");
    expect(html).toMatch(/value="80"/);
  });
});

describe("the follow-up form", () => {
  it("renders with its own, older treatment list", () => {
    const html = renderForm("fr", { treatmentPlan: [{}] }, { form: followUpForm });
    expect(html).toContain("15 – greffe de moelle osseuse");
    expect(html).not.toContain("16 – greffe");
  });
});
