import { describe, expect, it } from "vitest";
import { locales } from "@/lib/validation/types";
import {
  formatPatientIssue,
  identificationPathLabels,
  patientFieldLabels,
  patientMessages,
  sexLabels,
} from "@/lib/patients/patient-messages";
import { validatePatient } from "@/lib/patients/patient-rules";
import { identificationPaths, patientFields } from "@/lib/patients/patient-schema";

describe("patient messages", () => {
  it("every message exists in nl, fr and en and names its field", () => {
    for (const [key, translations] of Object.entries(patientMessages)) {
      for (const locale of locales) expect(translations[locale], `${key} ${locale}`).toContain("{field}");
    }
  });

  it("every field and option has a label in every language", () => {
    for (const field of patientFields) for (const locale of locales) expect(patientFieldLabels[field][locale]).not.toBe("");
    for (const path of identificationPaths) for (const locale of locales) expect(identificationPathLabels[path][locale]).not.toBe("");
    for (const sex of ["M", "F"] as const) for (const locale of locales) expect(sexLabels[sex][locale]).not.toBe("");
  });

  it("every issue the rules can produce renders fully, with the field label, in every language", () => {
    const today = "2026-03-15";
    const drafts = [
      {},
      { identificationPath: "INSZ" as const, insz: "85073003329", insurerCode: "700", birthDate: "2030-01-01" },
      { identificationPath: "INSZ" as const, insz: "85073003328", birthDate: "1985-07-31", sex: "F" as const },
      { identificationPath: "INSZ" as const, insz: "8507", birthDate: "31/12/1985" },
      { identificationPath: "INSZ" as const, insz: "85O73003328" },
      { identificationPath: "INSZ" as const },
      { identificationPath: "INSZ" as const, insz: "85133003300" },
      { identificationPath: "NO_INSZ_BELGIUM" as const, insz: "85073003328" },
      { identificationPath: "NO_INSZ_ABROAD" as const, country: "BE" },
    ];
    const seenKeys = new Set<string>();
    for (const draft of drafts) {
      for (const issue of validatePatient(draft, { today, identifySucceeded: false })) {
        seenKeys.add(issue.messageKey);
        for (const locale of locales) {
          const text = formatPatientIssue(issue, locale);
          expect(text, `${issue.messageKey} ${locale}`).not.toMatch(/[{}]/);
          const field = issue.params?.field as keyof typeof patientFieldLabels;
          expect(text).toContain(patientFieldLabels[field][locale]);
        }
      }
    }
    // The drafts above reach every message of the catalogue.
    expect([...seenKeys].sort()).toEqual(Object.keys(patientMessages).sort());
  });

  it("example: an English required-field message", () => {
    const [issue] = validatePatient({ identificationPath: "NO_INSZ_ABROAD", insurerCode: "000", otherIdentifier: "X1", postalCode: "59000", town: "Lille", country: "FR", birthDate: "1960", sex: "M", firstName: "Paul" }, { today: "2026-03-15", identifySucceeded: false });
    expect(issue && formatPatientIssue(issue, "en")).toBe("Last name is required.");
    expect(issue && formatPatientIssue(issue, "nl")).toBe("Familienaam is verplicht.");
  });

  it("falls back to the key for a message it does not own", () => {
    expect(formatPatientIssue({ ruleId: "X", ruleVersion: 1, severity: "error", path: "x", messageKey: "other.key" }, "fr")).toBe("other.key");
  });
});
