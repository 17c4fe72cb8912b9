/**
 * The multiple-primary grouping (IARC/IACR/ENCR rules "Multiple primary neoplasms", July 2004)
 * against a table of pairs taken from the rules: Table 1 (site groups), Table 2 (histology
 * groups, NOS groups), rule 4.1 (haematological and Kaposi sarcoma ignore the site), rule 4.2,
 * the recommendations for recording (paired organs and their three exceptions; colon and skin
 * subsites), in situ bladder, and C80.9 (unknown primary site).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareTumours, histologyGroupOf, isComparable, siteGroupOf, type TumourCodes, type TumourOutcome } from "@/lib/clinical/multiple-primary";
import { tumourHints, type KnownTumour } from "@/lib/registrations/tumour-hints";

type Row = [string, TumourCodes, TumourCodes, TumourOutcome, string];

const L = "left" as const;
const R = "right" as const;

const cases: Row[] = [
  // Rule 3 and Table 1: one tumour per organ; grouped sites count as one organ.
  ["same site, same histology", { topography: "C34.1", morphology: "8140/3" }, { topography: "C34.3", morphology: "8140/3" }, "same", "MP-R3"],
  ["trachea and lung are one site (C33–C34)", { topography: "C33.9", morphology: "8070/3" }, { topography: "C34.1", morphology: "8071/3" }, "same", "MP-R3"],
  ["rectosigmoid and rectum are one site (C19–C20)", { topography: "C19.9", morphology: "8140/3" }, { topography: "C20.9", morphology: "8480/3" }, "same", "MP-R3"],
  ["base of tongue and tongue (C01–C02)", { topography: "C01.9", morphology: "8070/3" }, { topography: "C02.1", morphology: "8072/3" }, "same", "MP-R3"],
  ["lip and floor of mouth (C00, C03–C06)", { topography: "C00.1", morphology: "8070/3" }, { topography: "C04.0", morphology: "8070/3" }, "same", "MP-R3"],
  ["tonsil and hypopharynx (C09–C14)", { topography: "C09.9", morphology: "8070/3" }, { topography: "C13.9", morphology: "8070/3" }, "same", "MP-R3"],
  ["gallbladder and biliary tract (C23–C24)", { topography: "C23.9", morphology: "8140/3" }, { topography: "C24.0", morphology: "8160/3" }, "same", "MP-R3"],
  ["bones of limbs and other bones (C40–C41)", { topography: "C40.2", morphology: "9180/3" }, { topography: "C41.4", morphology: "9180/3" }, "same", "MP-R3"],
  ["renal pelvis, ureter and bladder (C65–C68)", { topography: "C65.9", morphology: "8120/3" }, { topography: "C67.2", morphology: "8130/3" }, "same", "MP-R3"],
  ["stomach and colon are different sites", { topography: "C16.2", morphology: "8140/3" }, { topography: "C18.7", morphology: "8140/3" }, "new", "MP-R3S"],
  ["rectum and anus are different sites", { topography: "C20.9", morphology: "8070/3" }, { topography: "C21.0", morphology: "8070/3" }, "new", "MP-R3S"],
  ["lung and larynx are different sites", { topography: "C34.1", morphology: "8070/3" }, { topography: "C32.0", morphology: "8070/3" }, "new", "MP-R3S"],
  // Rule 4.2 and Table 2: different histology groups are different cancers, even in one organ.
  ["adenocarcinoma and squamous cell carcinoma of the lung", { topography: "C34.1", morphology: "8140/3" }, { topography: "C34.1", morphology: "8070/3" }, "new", "MP-R42"],
  ["adenocarcinoma and small cell carcinoma of the lung (groups 3, 4)", { topography: "C34.1", morphology: "8140/3" }, { topography: "C34.1", morphology: "8041/3" }, "new", "MP-R42"],
  ["breast carcinoma and breast sarcoma", { topography: "C50.4", morphology: "8500/3" }, { topography: "C50.4", morphology: "8800/3" }, "new", "MP-R42"],
  ["basal cell and squamous cell carcinoma of the same skin subsite", { topography: "C44.3", morphology: "8090/3" }, { topography: "C44.3", morphology: "8070/3" }, "new", "MP-R42"],
  ["pleural mesothelioma and lung adenocarcinoma", { topography: "C38.4", morphology: "9050/3" }, { topography: "C34.1", morphology: "8140/3" }, "new", "MP-R42"],
  ["ductal and lobular breast carcinoma are one group (3)", { topography: "C50.4", morphology: "8500/3" }, { topography: "C50.2", morphology: "8520/3" }, "same", "MP-R3"],
  // NOS groups: (5) for carcinomas 1–4, (17) for any; the specific one counts.
  ["carcinoma NOS and adenocarcinoma of the same organ", { topography: "C18.7", morphology: "8010/3" }, { topography: "C18.7", morphology: "8140/3" }, "same", "MP-R3"],
  ["malignant neoplasm NOS and squamous cell carcinoma", { topography: "C15.5", morphology: "8000/3" }, { topography: "C15.3", morphology: "8070/3" }, "same", "MP-R3"],
  ["carcinoma NOS and a sarcoma are different groups", { topography: "C50.9", morphology: "8010/3" }, { topography: "C50.9", morphology: "8800/3" }, "new", "MP-R42"],
  ["malignant neoplasm NOS in another organ is another tumour", { topography: "C16.9", morphology: "8000/3" }, { topography: "C25.0", morphology: "8140/3" }, "new", "MP-R3S"],
  // Rule 4.1: haematological (8–14) and Kaposi sarcoma (15) are counted once, whatever the site.
  ["diffuse large B-cell lymphoma of stomach and of lymph nodes", { topography: "C16.9", morphology: "9680/3" }, { topography: "C77.0", morphology: "9680/3" }, "same", "MP-R41"],
  ["two B-cell neoplasms (group 9) in different sites", { topography: "C77.2", morphology: "9690/3" }, { topography: "C42.1", morphology: "9823/3" }, "same", "MP-R41"],
  ["lymphoma NOS (14) and a T-cell lymphoma (10)", { topography: "C77.0", morphology: "9590/3" }, { topography: "C44.5", morphology: "9700/3" }, "same", "MP-R41"],
  ["myeloid leukaemia and B-cell lymphoma are different groups", { topography: "C42.1", morphology: "9861/3" }, { topography: "C77.0", morphology: "9680/3" }, "new", "MP-R42"],
  ["Hodgkin and B-cell lymphoma are different groups", { topography: "C77.1", morphology: "9650/3" }, { topography: "C77.1", morphology: "9680/3" }, "new", "MP-R42"],
  ["Kaposi sarcoma of skin and of stomach", { topography: "C44.5", morphology: "9140/3" }, { topography: "C16.9", morphology: "9140/3" }, "same", "MP-R41"],
  ["Kaposi sarcoma and another sarcoma of the skin", { topography: "C44.5", morphology: "9140/3" }, { topography: "C44.5", morphology: "8800/3" }, "new", "MP-R42"],
  // In situ bladder: compared like the invasive tumour (IARC counts bladder in situ).
  ["in situ and invasive urothelial carcinoma of the bladder", { topography: "C67.2", morphology: "8120/2" }, { topography: "C67.4", morphology: "8120/3" }, "same", "MP-R3"],
  ["in situ bladder and invasive ureter (one site group)", { topography: "C67.9", morphology: "8130/2" }, { topography: "C66.9", morphology: "8130/3" }, "same", "MP-R3"],
  ["in situ bladder and invasive prostate", { topography: "C67.9", morphology: "8120/2" }, { topography: "C61.9", morphology: "8140/3" }, "new", "MP-R42"],
  // Recommendation 1: paired organs, opposite sides registered separately, with three exceptions.
  ["left and right breast, same histology", { topography: "C50.4", morphology: "8500/3", laterality: L }, { topography: "C50.2", morphology: "8500/3", laterality: R }, "new", "MP-REC1"],
  ["same side of the breast", { topography: "C50.4", morphology: "8500/3", laterality: L }, { topography: "C50.2", morphology: "8500/3", laterality: L }, "same", "MP-R3"],
  ["breast, one side unknown", { topography: "C50.4", morphology: "8500/3", laterality: L }, { topography: "C50.2", morphology: "8500/3", laterality: "unknown" }, "same", "MP-R3"],
  ["left and right lung", { topography: "C34.1", morphology: "8140/3", laterality: R }, { topography: "C34.3", morphology: "8140/3", laterality: L }, "new", "MP-REC1"],
  ["both ovaries: one bilateral registration", { topography: "C56.9", morphology: "8441/3", laterality: L }, { topography: "C56.9", morphology: "8441/3", laterality: R }, "same", "MP-REC1X"],
  ["bilateral nephroblastoma: one registration", { topography: "C64.9", morphology: "8960/3", laterality: L }, { topography: "C64.9", morphology: "8960/3", laterality: R }, "same", "MP-REC1X"],
  ["bilateral renal cell carcinoma: two registrations", { topography: "C64.9", morphology: "8312/3", laterality: L }, { topography: "C64.9", morphology: "8312/3", laterality: R }, "new", "MP-REC1"],
  ["bilateral retinoblastoma: one registration", { topography: "C69.2", morphology: "9510/3", laterality: L }, { topography: "C69.2", morphology: "9510/3", laterality: R }, "same", "MP-REC1X"],
  ["sides do not matter for an unpaired organ", { topography: "C18.7", morphology: "8140/3", laterality: L }, { topography: "C18.7", morphology: "8140/3", laterality: R }, "same", "MP-R3"],
  // Recommendation 2: every subsite of colon and skin is its own primary.
  ["sigmoid and caecum adenocarcinoma", { topography: "C18.7", morphology: "8140/3" }, { topography: "C18.0", morphology: "8140/3" }, "new", "MP-REC2"],
  ["basal cell carcinoma of face and of trunk", { topography: "C44.3", morphology: "8090/3" }, { topography: "C44.5", morphology: "8091/3" }, "new", "MP-REC2"],
  // C80.9: the unknown primary site cannot be told apart: check.
  ["metastatic adenocarcinoma of unknown primary and a lung adenocarcinoma", { topography: "C80.9", morphology: "8140/3" }, { topography: "C34.1", morphology: "8140/3" }, "unknown", "MP-C80"],
  ["breast carcinoma and carcinoma NOS of unknown primary", { topography: "C50.4", morphology: "8500/3" }, { topography: "C80.9", morphology: "8010/3" }, "unknown", "MP-C80"],
  ["two tumours of unknown primary site, same histology", { topography: "C80.9", morphology: "8000/3" }, { topography: "C80.9", morphology: "8000/3" }, "same", "MP-R3"],
  ["unknown primary with another histology group is another tumour", { topography: "C80.9", morphology: "8800/3" }, { topography: "C50.4", morphology: "8500/3" }, "new", "MP-R42"],
];

describe("IARC/IACR 2004 multiple primaries: table of pairs", () => {
  it("has at least 30 pairs", () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases)("%s", (_name, a, b, outcome, rule) => {
    expect(compareTumours(a, b)).toEqual({ outcome, rule });
    // The rules do not depend on which tumour came first.
    expect(compareTumours(b, a)).toEqual({ outcome, rule });
  });
});

describe("groups", () => {
  it("site groups of Table 1, other sites their own", () => {
    expect(siteGroupOf("C33.9")).toBe("C34");
    expect(siteGroupOf("C679")).toBe("C68");
    expect(siteGroupOf("C50.4")).toBe("C50");
    expect(siteGroupOf("lung")).toBeNull();
  });
  it("histology groups of Table 2, none below 8000 or for text", () => {
    expect(histologyGroupOf("8140/3")).toBe(3);
    expect(histologyGroupOf("9140")).toBe(15);
    expect(histologyGroupOf("9989/3")).toBe(14);
    expect(histologyGroupOf("7999/3")).toBeNull();
    expect(histologyGroupOf("abc")).toBeNull();
  });
  it("says nothing without a topography or a grouped morphology", () => {
    expect(compareTumours({ topography: "C50.4" }, { topography: "C50.4", morphology: "8500/3" })).toBeNull();
    expect(compareTumours({ topography: "C50.4", morphology: "7000/3" }, { topography: "C50.4", morphology: "8500/3" })).toBeNull();
    expect(isComparable({ topography: "C50.4", morphology: "8500/3" })).toBe(true);
    expect(isComparable({ morphology: "8500/3" })).toBe(false);
  });
});

describe("hints for a registration", () => {
  const known = (id: string, topography: string, morphology: string, incidenceDate: string): KnownTumour => ({
    id,
    moduleId: "srt",
    status: "SENT",
    reference: `SRT-2025-${id}`,
    sentAt: null,
    facts: { topography, morphology, incidenceDate },
  });
  const history = [
    known("1", "C61.9", "8140/3", "2024-02-01"),
    known("2", "C50.4", "8500/3", "2023-05-01"),
    known("3", "C50.1", "8500/3", "2025-09-01"),
    known("4", "C80.9", "8140/3", "2025-01-01"),
  ];
  it("wait for topography, morphology and incidence date", () => {
    expect(tumourHints({ topography: "C50.4", morphology: "8500/3" }, history)).toEqual([]);
  });
  it("puts the same tumour first (nearest date first), then unknown primary, then new primaries", () => {
    const hints = tumourHints({ topography: "C50.2", morphology: "8520/3", incidenceDate: "2025-10-01" }, history);
    expect(hints.map((h) => [h.other.id, h.outcome])).toEqual([
      ["3", "same"],
      ["2", "same"],
      ["4", "unknown"],
      ["1", "new"],
    ]);
  });
});

describe("never throws", () => {
  const codes = fc.record(
    {
      topography: fc.oneof(fc.string(), fc.constantFrom("C50.4", "C80.9", "C67.2", "C18.0", "C44.3", "C34.1", "C00.0", "C99.9")),
      morphology: fc.oneof(fc.string(), fc.integer({ min: 7990, max: 10_000 }).map((n) => `${n}/${n % 10}`), fc.constantFrom("9140/3", "8000/3", "9590/3")),
      laterality: fc.constantFrom("left", "right", "unpaired", "unknown", undefined),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<TumourCodes>;
  it("on any pair of codes, symmetric in its outcome", () => {
    fc.assert(
      fc.property(codes, codes, (a, b) => {
        const ab = compareTumours(a, b);
        const ba = compareTumours(b, a);
        expect(ab?.outcome).toBe(ba?.outcome);
      }),
      { numRuns: 2000 },
    );
  });
  it("on anything at all", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        compareTumours(a as TumourCodes, b as TumourCodes);
        tumourHints(a as never, []);
      }),
      { numRuns: 500 },
    );
  });
});
