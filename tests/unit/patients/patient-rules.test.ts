import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "@/lib/validation/types";
import { patientRules, validatePatient, type PatientValidationContext } from "@/lib/patients/patient-rules";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";

const today = "2026-03-15";
const byHand: PatientValidationContext = { today, identifySucceeded: false };
const fromService: PatientValidationContext = { today, identifySucceeded: true };

/** Typed by hand with the service down; agrees with its INSZ. */
const withInsz: TPatientIdentification = {
  identificationPath: "INSZ",
  insurerCode: "100",
  insz: "85.07.30-033.28",
  lastName: "Peeters",
  firstName: "Jan",
  postalCode: "2000",
  town: "Antwerpen",
  country: "BE",
  birthDate: "1985-07-30",
  sex: "M",
};
const withoutInszInBelgium: TPatientIdentification = {
  identificationPath: "NO_INSZ_BELGIUM",
  insurerCode: "300",
  insuranceNumber: "123-4567890-12",
  lastName: "Nowak",
  firstName: "Anna",
  postalCode: "1030",
  town: "Schaerbeek",
  country: "BE",
  birthDate: "1970-05-02",
  sex: "F",
  comment: "Patiënt zonder INSZ-nummer, met verblijfplaats in België.",
};
const abroad: TPatientIdentification = {
  identificationPath: "NO_INSZ_ABROAD",
  insurerCode: "000",
  otherIdentifier: "FR 1 60 05 59 350 123",
  lastName: "Moreau",
  firstName: "Paul",
  postalCode: "59000",
  town: "Lille",
  country: "FR",
  birthDate: "1960",
  sex: "M",
};

const ids = (issues: ValidationIssue[]) => issues.map((i) => i.ruleId);
const only = (issues: ValidationIssue[], ruleId: string) => issues.filter((i) => i.ruleId === ruleId);

describe("complete patient blocks pass", () => {
  it.each([
    ["with INSZ, typed by hand", withInsz, byHand],
    ["with INSZ, filled by the service", withInsz, fromService],
    ["without INSZ in Belgium, comment given", withoutInszInBelgium, byHand],
    ["domiciled abroad", abroad, byHand],
  ] as const)("%s", (_, data, context) => {
    expect(validatePatient(data, context)).toEqual([]);
  });

  it("accepts today as a Date", () => {
    expect(validatePatient(withInsz, { today: new Date(2026, 2, 15), identifySucceeded: false })).toEqual([]);
  });
});

describe("PAT-E01 required fields when no service data", () => {
  it.each(["lastName", "firstName", "postalCode", "town", "birthDate", "sex"] as const)("%s empty fails", (field) => {
    const issues = only(validatePatient({ ...withInsz, [field]: "  " }, byHand), "PAT-E01");
    expect(issues).toEqual([
      { ruleId: "PAT-E01", ruleVersion: 1, severity: "error", path: field, messageKey: "patient.required", params: { field } },
    ]);
  });
  it("passes when the service filled the block, even where it had no value (unknown sex, birth date)", () => {
    const data = { ...withInsz, insz: "00000100166", birthDate: "", sex: "" as const };
    expect(ids(validatePatient(data, fromService))).not.toContain("PAT-E01");
  });
  it("applies on the paths without INSZ even if a stale identifySucceeded says true", () => {
    expect(ids(validatePatient({ ...withoutInszInBelgium, lastName: "" }, fromService))).toContain("PAT-E01");
  });
});

describe("PAT-E02 valid INSZ", () => {
  it.each([
    ["85073003329", "patient.insz.checksum"],
    ["85133003300", "patient.insz.date"],
    ["8507300332", "patient.insz.length"],
    ["85O73003328", "patient.insz.format"],
    ["", "patient.insz.required"],
  ])("%j fails with %s", (insz, messageKey) => {
    const issues = only(validatePatient({ ...withInsz, insz }, byHand), "PAT-E02");
    expect(issues).toMatchObject([{ path: "insz", severity: "error", messageKey }]);
  });
  it("passes for a valid INSZ with separators", () => {
    expect(ids(validatePatient({ ...withInsz, insz: "85 07 30 033 28" }, byHand))).not.toContain("PAT-E02");
  });
  it("reads the 2000s with the year of `today`", () => {
    const born2025 = { ...withInsz, insz: "25010100145", birthDate: "2025-01-01" };
    expect(ids(validatePatient(born2025, byHand))).not.toContain("PAT-E02");
    expect(ids(validatePatient(born2025, { today: "2024-12-31", identifySucceeded: false }))).toContain("PAT-E02");
  });
});

describe("PAT-E03 birth date agrees with the INSZ", () => {
  it("fails when the typed day differs, naming both dates", () => {
    const issues = only(validatePatient({ ...withInsz, birthDate: "1985-07-31" }, byHand), "PAT-E03");
    expect(issues).toMatchObject([
      { path: "birthDate", messageKey: "patient.birthDate.disagreesWithInsz", params: { value: "1985-07-31", inszValue: "1985-07-30" } },
    ]);
  });
  it("fails for a BIS number too", () => {
    expect(ids(validatePatient({ ...withInsz, insz: "01490700185", birthDate: "1901-09-07" }, byHand))).toContain("PAT-E03");
  });
  it("passes when the typed date is only less precise, or the INSZ does not know the date", () => {
    expect(ids(validatePatient({ ...withInsz, birthDate: "1985-07" }, byHand))).not.toContain("PAT-E03");
    expect(ids(validatePatient({ ...withInsz, insz: "00000100166", birthDate: "1950-01-01" }, byHand))).not.toContain("PAT-E03");
    expect(ids(validatePatient({ ...withInsz, insz: "69030000114", birthDate: "1969-03-12" }, byHand))).not.toContain("PAT-E03");
  });
  it("passes when the service filled the block (its data is the register's)", () => {
    expect(ids(validatePatient({ ...withInsz, birthDate: "1985-07-31" }, fromService))).not.toContain("PAT-E03");
  });
});

describe("PAT-E04 sex agrees with the INSZ", () => {
  it("fails when the typed sex differs", () => {
    expect(only(validatePatient({ ...withInsz, sex: "F" }, byHand), "PAT-E04")).toMatchObject([
      { path: "sex", messageKey: "patient.sex.disagreesWithInsz" },
    ]);
  });
  it("fails for a BIS + 40 number", () => {
    expect(ids(validatePatient({ ...withInsz, insz: "85473003416", sex: "M" }, byHand))).toContain("PAT-E04");
  });
  it("passes for a BIS + 20 number, which does not encode sex", () => {
    expect(ids(validatePatient({ ...withInsz, insz: "85273003371", sex: "F" }, byHand))).not.toContain("PAT-E04");
    expect(ids(validatePatient({ ...withInsz, insz: "85273003371", sex: "M" }, byHand))).not.toContain("PAT-E04");
  });
});

describe("PAT-E05 birth date not in the future", () => {
  it.each(["2026-03-16", "2026-04", "2027"])("%s fails (today 2026-03-15)", (birthDate) => {
    const data = { ...abroad, birthDate };
    expect(only(validatePatient(data, byHand), "PAT-E05")).toMatchObject([{ path: "birthDate", messageKey: "patient.birthDate.future" }]);
  });
  it.each(["2026-03-15", "2026-03", "2026"])("%s passes", (birthDate) => {
    expect(ids(validatePatient({ ...abroad, birthDate }, byHand))).not.toContain("PAT-E05");
  });
});

describe("PAT-E06 abroad needs a foreign country", () => {
  it.each(["BE", "be", "", "F"])("country %j fails", (country) => {
    expect(only(validatePatient({ ...abroad, country }, byHand), "PAT-E06")).toMatchObject([
      { path: "country", messageKey: "patient.country.abroadRequired" },
    ]);
  });
  it("a foreign country passes", () => {
    expect(ids(validatePatient({ ...abroad, country: "nl" }, byHand))).not.toContain("PAT-E06");
  });
});

describe("PAT-E07 abroad needs the foreign postal code", () => {
  it("fails once, as PAT-E07 (not also as PAT-E01)", () => {
    const issues = validatePatient({ ...abroad, postalCode: "" }, byHand);
    expect(only(issues, "PAT-E07")).toMatchObject([{ path: "postalCode", messageKey: "patient.postalCode.abroadRequired" }]);
    expect(issues.filter((i) => i.path === "postalCode")).toHaveLength(1);
  });
  it("passes with a postal code", () => {
    expect(ids(validatePatient(abroad, byHand))).not.toContain("PAT-E07");
  });
});

describe("PAT-E08 without INSZ needs another number", () => {
  it.each([
    ["in Belgium", withoutInszInBelgium],
    ["abroad", abroad],
  ] as const)("fails %s without health insurance number or other id", (_, base) => {
    const data = { ...base, insuranceNumber: "", otherIdentifier: " " };
    expect(only(validatePatient(data, byHand), "PAT-E08")).toMatchObject([
      { path: "insuranceNumber", messageKey: "patient.insuranceNumber.requiredWithoutInsz" },
    ]);
  });
  it("passes with either number", () => {
    expect(ids(validatePatient({ ...withoutInszInBelgium, insuranceNumber: "", otherIdentifier: "HOSP-4711" }, byHand))).not.toContain("PAT-E08");
    expect(ids(validatePatient(withoutInszInBelgium, byHand))).not.toContain("PAT-E08");
  });
});

describe("PAT-E09 identification path chosen", () => {
  it("fails when neither a path nor an INSZ is given", () => {
    expect(only(validatePatient({ ...withInsz, identificationPath: undefined, insz: "" }, byHand), "PAT-E09")).toMatchObject([
      { path: "identificationPath", messageKey: "patient.identificationPath.required" },
    ]);
  });
  it("passes when an INSZ implies the INSZ path", () => {
    expect(validatePatient({ ...withInsz, identificationPath: undefined }, byHand)).toEqual([]);
  });
});

describe("PAT-E10 no INSZ on a path without INSZ", () => {
  it("fails when an INSZ is typed anyway", () => {
    expect(only(validatePatient({ ...withoutInszInBelgium, insz: "85073003328" }, byHand), "PAT-E10")).toMatchObject([
      { path: "insz", messageKey: "patient.insz.notExpected" },
    ]);
  });
  it("passes with the INSZ field empty", () => {
    expect(ids(validatePatient({ ...abroad, insz: "" }, byHand))).not.toContain("PAT-E10");
  });
});

describe("PAT-E11 birth date is a date", () => {
  it.each(["30/07/1985", "2023-02-29", "1985-13", "yesterday"])("%j fails", (birthDate) => {
    expect(only(validatePatient({ ...abroad, birthDate }, byHand), "PAT-E11")).toMatchObject([
      { path: "birthDate", messageKey: "patient.birthDate.invalid" },
    ]);
  });
  it.each(["1960-05-02", "1960-05", "1960"])("%j passes", (birthDate) => {
    expect(ids(validatePatient({ ...abroad, birthDate }, byHand))).not.toContain("PAT-E11");
  });
});

describe("PAT-E12 health insurance institution", () => {
  it("fails when not chosen", () => {
    expect(only(validatePatient({ ...withInsz, insurerCode: "" }, fromService), "PAT-E12")).toMatchObject([
      { path: "insurerCode", messageKey: "patient.insurer.required" },
    ]);
  });
  it("fails for a code that does not exist", () => {
    expect(only(validatePatient({ ...withInsz, insurerCode: "700" }, fromService), "PAT-E12")).toMatchObject([
      { messageKey: "patient.insurer.unknownCode", params: { code: "700" } },
    ]);
  });
  it("passes with Unknown (000)", () => {
    expect(ids(validatePatient({ ...withInsz, insurerCode: "000" }, fromService))).not.toContain("PAT-E12");
  });
});

describe("PAT-W01 INSZ expected for a patient domiciled in Belgium", () => {
  it("warns (orange) while the comment is empty", () => {
    expect(validatePatient({ ...withoutInszInBelgium, comment: " " }, byHand)).toEqual([
      {
        ruleId: "PAT-W01",
        ruleVersion: 1,
        severity: "warning",
        path: "insz",
        messageKey: "patient.insz.requiredInBelgium",
        params: { field: "insz" },
      },
    ]);
  });
  it("is satisfied once a comment explains", () => {
    expect(validatePatient(withoutInszInBelgium, byHand)).toEqual([]);
  });
  it("does not apply abroad", () => {
    expect(ids(validatePatient({ ...abroad, comment: "" }, byHand))).not.toContain("PAT-W01");
  });
});

describe("rule catalogue", () => {
  it("has unique ids, each tested above", () => {
    const ruleIds = patientRules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect([...ruleIds].sort()).toEqual([
      "PAT-E01", "PAT-E02", "PAT-E03", "PAT-E04", "PAT-E05", "PAT-E06", "PAT-E07", "PAT-E08",
      "PAT-E09", "PAT-E10", "PAT-E11", "PAT-E12", "PAT-W01",
    ]);
  });
  it("only warnings are W rules", () => {
    for (const rule of patientRules) expect(rule.severity === "warning", rule.id).toBe(rule.id.includes("-W"));
  });
  it("an empty draft reports what is missing without throwing", () => {
    const issues = validatePatient({}, byHand);
    expect(ids(issues)).toEqual(expect.arrayContaining(["PAT-E09", "PAT-E12", "PAT-E01"]));
  });
});
