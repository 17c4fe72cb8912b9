/**
 * The shared clinical checks on a shape no module has: they read where they are told (paths with
 * `*` for list items, or a function of the data), and report variants a module names its messages by.
 */
import { describe, expect, it } from "vitest";
import {
  clinicalRule,
  datesAgainstBirth,
  rareSiteForAge,
  sexSiteImpossible,
  unknownIcdo3Codes,
  unlikelyTopographyMorphology,
  valuesAt,
} from "@/lib/clinical";
import type { ValidationContext } from "@/lib/modules/types";

interface Data {
  diagnosed?: string;
  tumours?: { site?: string; histology?: string; seen?: string }[];
  lastSeenYear?: number;
}

const man: ValidationContext = { today: new Date("2026-06-15T10:00:00Z"), patient: { birthDate: "1960-05-20", sex: "M" } };
const woman: ValidationContext = { ...man, patient: { ...man.patient, sex: "F" } };
const child: ValidationContext = { ...man, patient: { birthDate: "2022-01-10", sex: "F" } };

describe("paths", () => {
  it("expands list items in order, skips empty values and unknown keys", () => {
    const data = { tumours: [{ site: "C34.1" }, { site: "" }, { site: "C50.9" }], other: null };
    expect(valuesAt(data, ["tumours.*.site", "missing.*.x", "other"])).toEqual([
      { path: "tumours.0.site", value: "C34.1" },
      { path: "tumours.2.site", value: "C50.9" },
    ]);
    expect(valuesAt(data, (d) => (d.tumours.length > 2 ? ["tumours.1.site", "tumours.2.site"] : []))).toEqual([
      { path: "tumours.2.site", value: "C50.9" },
    ]);
  });
});

describe("ICD-O-3 validity", () => {
  const check = unknownIcdo3Codes<Data>({ topography: ["tumours.*.site"], morphology: ["tumours.*.histology"] });
  it("reports codes outside ICD-O-3 at their path, valid ones not", () => {
    const data: Data = { tumours: [{ site: "C34.1", histology: "8140/3" }, { site: "C99.9", histology: "8888/3" }] };
    expect(check(data, man)).toEqual([
      { path: "tumours.1.site", variant: "topography", params: { code: "C99.9" } },
      { path: "tumours.1.histology", variant: "morphology", params: { code: "8888/3" } },
    ]);
  });
});

describe("IARC topography–morphology", () => {
  const check = unlikelyTopographyMorphology<Data>([{ topography: "tumours.0.site", morphology: "tumours.0.histology" }]);
  it("warns on an unlikely pair at the morphology, leaves likely and incomplete pairs alone", () => {
    expect(check({ tumours: [{ site: "C34.1", histology: "8170/3" }] }, man)).toMatchObject([
      { path: "tumours.0.histology", params: { topography: "C34.1", morphology: "8170/3" } },
    ]);
    expect(check({ tumours: [{ site: "C34.1", histology: "8140/3" }] }, man)).toEqual([]);
    expect(check({ tumours: [{ site: "C34.1" }] }, man)).toEqual([]);
    expect(check({ tumours: [{ site: "C99.9", histology: "8170/3" }] }, man)).toEqual([]);
  });
});

describe("sex–site", () => {
  const check = sexSiteImpossible<Data>(["tumours.*.site"]);
  it("names the variant by the patient's sex, and is silent without one", () => {
    const data: Data = { tumours: [{ site: "C53.9" }, { site: "C61.9" }] };
    expect(check(data, man)).toEqual([{ path: "tumours.0.site", variant: "male", params: { code: "C53.9" } }]);
    expect(check(data, woman)).toEqual([{ path: "tumours.1.site", variant: "female", params: { code: "C61.9" } }]);
    expect(check(data, { ...man, patient: { sex: null } })).toEqual([]);
  });
});

describe("age–site", () => {
  const check = rareSiteForAge<Data>({ topography: ["tumours.*.site"], on: ["tumours.*.seen", "diagnosed"] });
  it("uses the first topography and the age on the earliest date", () => {
    const data: Data = { diagnosed: "2026-01-05", tumours: [{ site: "C53.9", seen: "2026-02-01" }] };
    expect(check(data, child)).toEqual([{ path: "tumours.0.site", params: { code: "C53.9", age: 3 } }]);
    expect(check(data, man)).toEqual([]);
    expect(check({ tumours: [{ site: "C53.9" }] }, child)).toEqual([]);
  });
});

describe("dates against birth", () => {
  const check = datesAgainstBirth<Data>({ dates: ["diagnosed", "tumours.*.seen"], years: ["lastSeenYear"] });
  it("reports future dates and dates before birth, full, partial or a year alone", () => {
    const data: Data = { diagnosed: "2027-01-01", tumours: [{ seen: "1950-03-01" }, { seen: "1960" }, { seen: "2026-07" }], lastSeenYear: 1959 };
    expect(check(data, man)).toEqual([
      { path: "diagnosed", variant: "future", params: { today: "2026-06-15" } },
      { path: "tumours.0.seen", variant: "beforeBirth", params: { birthDate: "1960-05-20" } },
      { path: "tumours.2.seen", variant: "future", params: { today: "2026-06-15" } },
      { path: "lastSeenYear", variant: "beforeBirth", params: { birthDate: "1960-05-20" } },
    ]);
  });
  it("counts a partial birth date from its earliest day", () => {
    expect(check({ diagnosed: "1960-02-01" }, { ...man, patient: { birthDate: "1960" } })).toEqual([]);
  });
});

describe("clinicalRule", () => {
  it("turns variants into the module's message keys and keeps the rule's id and severity", () => {
    const rule = clinicalRule<Data>("X-E01", "error", "test", sexSiteImpossible(["tumours.*.site"]));
    expect(rule).toMatchObject({ id: "X-E01", version: 1, severity: "error" });
    expect(rule.check({ tumours: [{ site: "C53.9" }] }, man)).toEqual([{ path: "tumours.0.site", messageKey: "X-E01.male", params: { code: "C53.9" } }]);
  });
});
