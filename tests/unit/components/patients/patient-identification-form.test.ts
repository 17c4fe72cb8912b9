import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { identificationPathLabels, patientFieldLabels } from "@/lib/patients/patient-messages";
import { catalogues, renderForm as render } from "./render-form";

const { nl, fr, en } = catalogues;

/** React escapes ' and & in text; compare with what the markup contains. */
function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");
}

/** The opening tag of the element with this id (attribute order is React's business). */
function tag(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element with id ${id}`);
  return match[0];
}

describe("PatientIdentificationForm (server render)", () => {
  it.each(["nl", "fr", "en", "de"] as const)("renders the three identification paths and the field labels in %s", (locale) => {
    const { html } = render(locale);
    for (const label of Object.values(identificationPathLabels)) expect(html).toContain(escaped(label[locale]));
    for (const field of ["insurerCode", "insuranceNumber", "insz", "lastName", "firstName", "postalCode", "town", "country", "birthDate", "sex", "comment"] as const) {
      expect(html, field).toContain(escaped(patientFieldLabels[field][locale]));
    }
    expect(html).toContain(escaped(catalogues[locale].patientForm.next));
    expect(html).not.toContain("patientForm.");
  });

  it("starts on the INSZ path with labelled controls and identifiers not autocompleted", () => {
    const { html } = render("en");
    expect(tag(html, "patient-identificationPath")).toContain('value="INSZ"');
    expect(tag(html, "patient-identificationPath")).toContain('checked=""');
    expect(html).toContain('for="patient-insz"');
    expect(tag(html, "patient-insz")).toContain('autoComplete="off"');
    expect(tag(html, "patient-lastName")).toContain('aria-required="true"');
    expect(html).not.toContain('id="patient-otherIdentifier"');
    // Insurers valid today, "Unknown" included, and Belgium preselected.
    expect(html).toContain(">Unknown</option>");
    expect(html).toMatch(/<option value="BE" selected="">Belgium<\/option>/);
    expect(html).toContain("<legend");
  });

  it("shows the other identifier and no INSZ abroad, without Belgium in the countries", () => {
    const { html } = render("en", { identificationPath: "NO_INSZ_ABROAD" });
    expect(html).toContain('id="patient-otherIdentifier"');
    expect(html).not.toContain('id="patient-insz"');
    expect(html).not.toContain('<option value="BE"');
    expect(html).toContain(escaped(en.patientForm.countryAbroadHint));
  });

  it("asks for the comment on the Belgian path without INSZ", () => {
    const { html } = render("nl", { identificationPath: "NO_INSZ_BELGIUM" });
    expect(html).toContain(escaped(nl.patientForm.commentHintBelgium));
  });

  it("locks the sex a saved INSZ encodes and looks the number up only in the browser", () => {
    const { html, identify } = render("en", { insz: "85073003328" });
    expect(html).toContain('value="85.07.30-033.28"');
    expect(tag(html, "patient-sex")).toContain('value="M"');
    expect(tag(html, "patient-sex")).toContain('checked=""');
    expect(tag(html, "patient-sex")).toContain('disabled=""');
    expect(tag(html, "patient-sex-F")).toContain('disabled=""');
    expect(html).toContain(escaped(en.patientForm.lookingUp));
    expect(identify).not.toHaveBeenCalled();
  });

  it("leaves the sex free for a BIS number with month + 20", () => {
    const { html } = render("en", { insz: "85273003371" });
    expect(tag(html, "patient-sex")).not.toContain("disabled");
    expect(html).toContain(escaped(en.patientForm.inszValidBis));
  });

  it("renders read-only", () => {
    const { html, identify } = render("fr", { insz: "85073003328", lastName: "Peeters" }, { readOnly: true });
    expect(html).toContain(escaped(fr.patientForm.readOnly));
    expect(tag(html, "patient-lastName")).toContain('readOnly=""');
    expect(html).not.toContain(escaped(fr.patientForm.lookingUp));
    expect(identify).not.toHaveBeenCalled();
  });
});

describe("patientForm catalogue", () => {
  it("defines every key the components use", () => {
    const dir = path.join(import.meta.dirname, "../../../../components/patients");
    const sources = ["patient-identification-form.tsx", "existing-registrations-notice.tsx"].map((file) =>
      readFileSync(path.join(dir, file), "utf8"),
    );
    const keys = sources.flatMap((source) => [...source.matchAll(/\bt(?:\.rich)?\("([\w.]+)"/g)].map((match) => match[1]!));
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) {
      for (const locale of ["nl", "fr", "en"] as const) {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogues[locale].patientForm);
        expect(typeof value, `${locale}: patientForm.${key}`).toBe("string");
      }
    }
  });
});
