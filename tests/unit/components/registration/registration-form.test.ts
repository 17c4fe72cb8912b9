import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { srtModule } from "@/lib/modules/srt";
import { srtForm } from "@/lib/modules/srt/fields";
import type { FormField, InputField } from "@/lib/modules/types";
import { catalogues, renderForm as render } from "./render-form";

/** The opening tag of the element with this id (attribute order is React's business). */
function tag(html: string, id: string): string {
  const match = new RegExp(`<[a-z0-9]+ [^>]*id="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element with id ${id}`);
  return match[0];
}

/** Whether the option input with this value is checked. */
function checked(html: string, value: string): boolean {
  const match = new RegExp(`<input [^>]*value="${value}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no input with value ${value}`);
  return match[0].includes('checked=""');
}

function has(html: string, id: string): boolean {
  return html.includes(`id="${id}"`);
}

/** Visible text of some markup. */
function text(markup: string): string {
  return markup
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** The label of a control: its <label for>, or the legend of its radio or checkbox group. */
function label(html: string, id: string): string {
  const forLabel = new RegExp(`<label [^>]*for="${id}"[^>]*>(.*?)</label>`).exec(html);
  if (forLabel?.[1] && !html.includes(`id="${id}-group"`)) return text(forLabel[1]);
  const legend = new RegExp(`id="${id}-group"[^>]*><legend[^>]*>(.*?)</legend>`).exec(html);
  if (!legend?.[1]) throw new Error(`no label for ${id}`);
  return text(legend[1]);
}

/** The text content of the element with this id (no nesting of the same tag inside). */
function content(html: string, id: string): string {
  const match = new RegExp(`<([a-z0-9]+) [^>]*id="${id}"[^>]*>(.*?)</\\1>`).exec(html);
  if (!match?.[2]) throw new Error(`no element with id ${id}`);
  return text(match[2]);
}

const plan = (lesion: Record<string, unknown> = {}) => ({ plans: [{ lesions: [lesion] }] });

describe("RegistrationForm with the SRT declaration (server render)", () => {
  it.each(["nl", "fr", "en", "de"] as const)("labels every control in %s, without missing texts", (locale) => {
    const html = render(locale, { indication: "PRIMARY_TUMOUR", ...plan() });
    for (const [id, field] of [
      ["field-indication", "indication"],
      ["field-mdtDate", "mdtDate"],
      ["field-incidenceDate", "incidenceDate"],
      ["field-topography", "topography"],
      ["field-plans-0-startDate", "startDate"],
      ["field-plans-0-lesions-0-totalDoseGy", "totalDoseGy"],
      ["field-comments", "comments"],
    ] as const) {
      const declared = findInput(field);
      expect(label(html, id), id).toContain(declared.label[locale]);
      expect(label(html, id), id).toContain(declared.id);
    }
    expect(html).not.toContain("registrationForm.");
    expect(html).toContain(catalogues[locale].registrationForm.actions.save);
    expect(html).toContain(catalogues[locale].registrationForm.actions.next);
  });

  it("marks required fields, and conditionally required ones only while their condition holds", () => {
    const required = catalogues.en.registrationForm.required;
    const html = render("en", { indication: "PRIMARY_TUMOUR", clinicalTrial: "NO", topography: "C16.0", ...plan() });
    expect(label(html, "field-indication")).toContain(`* (${required})`);
    expect(tag(html, "field-indication-group")).toContain('aria-required="true"');
    expect(label(html, "field-plans-0-lesions-0-fractions")).toContain("*");
    // Optional: C7 immobilisation, B7 TNM.
    expect(label(html, "field-plans-0-immobilisation")).not.toContain("*");
    expect(label(html, "field-cT")).not.toContain("*");
    // B4 laterality is required for paired organs only (C16.0 stomach: no; C34.1 lung: yes).
    expect(label(html, "field-laterality")).not.toContain("*");
    expect(label(render("en", { indication: "PRIMARY_TUMOUR", topography: "C34.1" }), "field-laterality")).toContain("*");
    // A8a trial id is shown and required only when the patient is in a trial.
    expect(has(html, "field-trialId")).toBe(false);
    const inTrial = render("en", { clinicalTrial: "YES" });
    expect(label(inTrial, "field-trialId")).toContain("*");
    expect(tag(inTrial, "field-trialId")).toContain('placeholder="yyyy-nnnnnn-nn"');
  });

  it("shows the tumour fields that match the indication", () => {
    const none = render("en", {});
    expect(has(none, "section-B")).toBe(false);

    const primary = render("en", { indication: "PRIMARY_TUMOUR" });
    for (const id of ["incidenceDate", "topography", "morphology", "laterality", "basisOfDiagnosis", "cT", "cN", "cM"]) {
      expect(has(primary, `field-${id}`), id).toBe(true);
    }
    for (const id of ["relapseDate", "primaryTopography", "metastasisTiming", "totalMetastaticLesions", "avmLocation"]) {
      expect(has(primary, `field-${id}`), id).toBe(false);
    }

    expect(has(render("en", { indication: "PRIMARY_RELAPSE" }), "field-relapseDate")).toBe(true);

    const metastases = render("en", { indication: "OLIGOMETASTASES" });
    for (const id of ["primaryTopography", "primaryMorphology", "metastasisTiming", "totalMetastaticLesions"]) {
      expect(has(metastases, `field-${id}`), id).toBe(true);
    }
    expect(has(metastases, "field-incidenceDate")).toBe(false);

    const avm = render("en", { indication: "AVM" });
    expect(has(avm, "field-avmLocation")).toBe(true);
    expect(has(avm, "field-spetzlerMartinGrade")).toBe(true);
    expect(has(avm, "field-topography")).toBe(false);

    // A6a: the year of the previous radiotherapy only after "yes".
    expect(has(render("en", { previousRtSameRegion: "NO" }), "field-previousRtYear")).toBe(false);
    expect(tag(render("en", { previousRtSameRegion: "YES" }), "field-previousRtYear")).toContain('inputMode="numeric"');
  });

  it("offers the nomenclature codes of the indication's service, as radio buttons when few", () => {
    const before = render("en", {});
    expect(content(before, "field-nomenclatureCode")).toBe(catalogues.en.registrationForm.noOptions);

    const primary = render("en", { indication: "PRIMARY_TUMOUR", nomenclatureCode: "444640" });
    expect(tag(primary, "field-nomenclatureCode")).toContain('type="radio"');
    expect(tag(primary, "field-nomenclatureCode")).toContain('value="444636"');
    expect(primary).toContain('value="444640"');
    expect(primary).not.toContain('value="444651"');
    expect(tag(primary, "field-nomenclatureCode-group")).toContain('role="radiogroup"');
    // The chosen code is checked, and can be cleared.
    expect(checked(primary, "444640")).toBe(true);
    expect(checked(primary, "444636")).toBe(false);
    expect(primary).toContain(catalogues.en.registrationForm.clearChoice);

    // Seven indications: radio buttons still (one click each, all in sight); 17 target sites: a list,
    // with an empty choice first.
    expect(tag(primary, "field-indication-group")).toContain('role="radiogroup"');
    const withPlan = render("en", { indication: "PRIMARY_TUMOUR", ...plan() });
    expect(tag(withPlan, "field-plans-0-lesions-0-targetSite")).toMatch(/^<select /);
    expect(withPlan).toMatch(new RegExp(`<option value=""[^>]*>${catalogues.en.registrationForm.choose}</option>`));
  });

  it("computes dose per fraction and BED10 from dose and fractions, in the user's number format", () => {
    const html = render("en", plan({ totalDoseGy: 54, fractions: 3 }));
    expect(content(html, "field-plans-0-lesions-0-dosePerFractionGy")).toBe("18.00 Gy");
    expect(content(html, "field-plans-0-lesions-0-bed10Gy")).toBe("151.20 Gy");
    expect(tag(html, "field-plans-0-lesions-0-bed10Gy")).toMatch(/^<output /);
    expect(tag(html, "field-plans-0-lesions-0-bed10Gy")).toContain(
      'for="field-plans-0-lesions-0-totalDoseGy field-plans-0-lesions-0-fractions"',
    );
    expect(content(render("nl", plan({ totalDoseGy: 20, fractions: 1 })), "field-plans-0-lesions-0-bed10Gy")).toBe("60,00 Gy");
    expect(content(render("en", plan({ totalDoseGy: 54 })), "field-plans-0-lesions-0-dosePerFractionGy")).toBe(
      catalogues.en.registrationForm.notComputed,
    );
  });

  it("renders number, date, text and multi-select inputs with their values and constraints", () => {
    const html = render("en", {
      mdtDate: "2024-01-05",
      comments: "Checked twice",
      concurrentSystemicTherapy: ["CHEMOTHERAPY", "IMMUNOTHERAPY"],
      plans: [{ lesions: [{ totalDoseGy: 54.5, fractions: 3 }] }],
    });
    // The one date control: typed day first, one text box; the stored value stays ISO.
    expect(tag(html, "field-mdtDate")).toContain('type="text"');
    expect(tag(html, "field-mdtDate")).toContain('value="05-01-2024"');
    expect(tag(html, "field-mdtDate")).toContain('placeholder="dd-mm-yyyy"');
    const dose = tag(html, "field-plans-0-lesions-0-totalDoseGy");
    expect(dose).toContain('inputMode="decimal"');
    expect(dose).toContain('value="54.5"');
    expect(dose).toContain('aria-describedby="field-plans-0-lesions-0-totalDoseGy-unit"');
    expect(content(html, "field-plans-0-lesions-0-totalDoseGy-unit")).toBe("Gy");
    expect(html).toContain(">Checked twice</textarea>");
    expect(content(html, "field-comments-counter")).toBe("13 of 4000 characters");
    expect(tag(html, "field-comments")).toContain('maxLength="4000"');
    expect(label(html, "field-concurrentSystemicTherapy")).toContain("Concurrent systemic therapy");
    expect(checked(html, "CHEMOTHERAPY")).toBe(true);
    expect(checked(html, "IMMUNOTHERAPY")).toBe(true);
    expect(checked(html, "NONE")).toBe(false);
  });

  it("offers an accessible ICD-O-3 combobox showing the chosen code's label", () => {
    const html = render("en", { indication: "PRIMARY_TUMOUR", topography: "C34.1", morphology: "8140/9" });
    const input = tag(html, "field-topography");
    expect(input).toContain('role="combobox"');
    expect(input).toContain('aria-autocomplete="list"');
    expect(input).toContain('aria-expanded="false"');
    expect(input).toContain('aria-controls="field-topography-listbox"');
    expect(input).toContain('value="C34.1"');
    expect(input).toMatch(/aria-describedby="[^"]*field-topography-code/);
    expect(tag(html, "field-topography-listbox")).toContain('role="listbox"');
    expect(content(html, "field-topography-code")).toBe("C34.1 — Upper lobe, lung");
    expect(content(html, "field-morphology-code")).toBe("8140/9 is not in the ICD-O-3 list.");
  });

  it("lets plans and lesions be added up to their maximum, and removed down to their minimum", () => {
    const one = render("en", plan());
    expect(one).toContain("Add Plan 2");
    expect(one).toContain("Add Lesion 2");
    expect(one).not.toContain("Remove Plan 1");
    expect(one).not.toContain("Remove Lesion 1");
    expect(tag(one, "field-plans")).toContain('tabindex="-1"');

    const two = render("en", { plans: [{ lesions: [{}, {}] }, { lesions: [{}] }] });
    expect(two).toContain("Remove Plan 1");
    expect(two).toContain("Remove Plan 2");
    expect(two).toContain("Remove Lesion 2");
    expect(has(two, "field-plans-1-lesions-0-targetSite")).toBe(true);
    expect(two).toContain("Add Plan 3");
  });

  it("shows server issues at their fields (errors red, warnings orange, with rule id) and in a linked summary", () => {
    const issues = [
      {
        issue: { ruleId: "SRT-E03", ruleVersion: 1, severity: "error" as const, path: "plans.0.startDate", messageKey: "x" },
        message: "The start date of RT for the currently administered dosimetric plan cannot be earlier than the incidence date of the primary tumour",
      },
      {
        issue: { ruleId: "SRT-W02", ruleVersion: 1, severity: "warning" as const, path: "topography", messageKey: "y" },
        message: "Topography (B2): vaguely coded topography.",
      },
    ];
    const html = render("en", { indication: "PRIMARY_TUMOUR", topography: "C80.9", ...plan() }, { issues });
    const start = tag(html, "field-plans-0-startDate");
    expect(start).toContain('aria-invalid="true"');
    expect(start).toContain('aria-describedby="field-plans-0-startDate-hint field-plans-0-startDate-issues"');
    expect(tag(html, "field-plans-0-startDate-issues")).toBeTruthy();
    expect(content(html, "field-plans-0-startDate-issues")).toContain("SRT-E03");
    expect(html).toMatch(/class="font-medium text-red-800"/);
    expect(html).toMatch(/class="font-medium text-orange-800"/);
    const topography = tag(html, "field-topography");
    expect(topography).not.toContain("aria-invalid");
    expect(topography).toMatch(/aria-describedby="[^"]*field-topography-issues/);

    const summary = tag(html, "registration-summary-title");
    expect(summary).toBeTruthy();
    // The page's focus target when it opens (not an alert: it is kept current as the user types),
    // numbered as on the summary page: errors first, then warnings.
    expect(html).toMatch(/data-page-focus="true" aria-labelledby="registration-summary-title"/);
    expect(html).toContain("Errors (1)");
    expect(html).toMatch(/<ol start="2"[^>]*>.*SRT-W02/);
    expect(html).toContain('href="#field-plans-0-startDate"');
    expect(html).toContain('href="#field-topography"');
    expect(html).toContain("Errors: 1 · Warnings: 1");
  });

  it("renders sent registrations without inputs", () => {
    const html = render(
      "fr",
      {
        indication: "PRIMARY_TUMOUR",
        topography: "C34.1",
        mdtDate: "2024-01-05",
        concurrentSystemicTherapy: ["NONE"],
        plans: [{ lesions: [{ totalDoseGy: 54, fractions: 3 }] }],
      },
      { readOnly: true },
    );
    expect(html).not.toMatch(/<(input|select|textarea)\b/);
    expect(html).not.toContain(catalogues.fr.registrationForm.actions.save);
    expect(content(html, "field-topography")).toBe("C34.1 — Upper lobe, lung");
    expect(content(html, "field-mdtDate")).toBe("05/01/2024");
    expect(content(html, "field-indication")).toBe("Tumeur primitive maligne extracérébrale");
    expect(content(html, "field-concurrentSystemicTherapy")).toBe("Aucun");
    expect(content(html, "field-plans-0-lesions-0-dosePerFractionGy")).toBe("18,00 Gy");
    expect(content(html, "field-cT")).toBe(catalogues.fr.registrationForm.empty);
    expect(html).toContain(catalogues.fr.registrationForm.readOnly.notice);
  });
});

describe("the form's browser code", () => {
  it("can use the SRT declaration's form metadata (srtModule.form is the file-free srtForm)", () => {
    expect(srtModule.form).toBe(srtForm);
  });

  it("imports nothing server-only (node:, the ICD-O-3 file reader, server-only, the database)", () => {
    const root = path.resolve(import.meta.dirname, "../../../..");
    const seen = new Set<string>();
    const offenders: string[] = [];
    const resolve = (from: string, spec: string): string | undefined => {
      const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : undefined;
      if (!base) return undefined;
      for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
        try {
          if (readFileSync(candidate, "utf8")) return candidate;
        } catch {
          // next candidate
        }
      }
      return undefined;
    };
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const [, typeOnly, spec] of source.matchAll(/^import (type )?[^;]*?from "([^"]+)";/gms)) {
        if (!spec || typeOnly) continue;
        if (/^(node:|fs$|path$)/.test(spec) || spec === "server-only" || spec === "@/lib/icdo3" || spec.startsWith("@/lib/db")) {
          offenders.push(`${path.relative(root, file)} → ${spec}`);
        }
        const next = resolve(file, spec);
        if (next) visit(next);
      }
    };
    visit(path.join(root, "components/registration/index.ts"));
    visit(path.join(root, "lib/modules/srt/fields/index.ts"));
    expect(offenders).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  });
});

function findInput(key: string): InputField {
  const search = (fields: readonly FormField[]): InputField | undefined => {
    for (const field of fields) {
      if (field.kind === "field" && field.key === key) return field;
      if (field.kind === "group") {
        const inner = search(field.fields);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  const found = search(srtForm.sections.flatMap((section) => section.fields));
  if (!found) throw new Error(`no field ${key}`);
  return found;
}
