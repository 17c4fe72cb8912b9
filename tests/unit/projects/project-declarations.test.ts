/**
 * Project participation as data (manual §6.1.1): a project declares what activates it — a
 * condition over the tumour facts of a sent standard registration — and how its draft is filled
 * from those facts. The trigger must allow every condition of the spec's X45 (hadron therapy,
 * complex surgery of oesophagus or pancreas, breast with a GEP test).
 */
import { describe, expect, it } from "vitest";
import { FACT_NAMES, readFacts, type TumourFacts } from "@/lib/modules/facts";
import { factConditionHolds, factsRead, invertValues, prefillDraft, type FactCondition } from "@/lib/modules/projects";
import { allModules } from "@/lib/modules/registry";
import { srtModule } from "@/lib/modules/srt";
import { srtDraftSchema } from "@/lib/modules/srt/schema";
import { standardModule } from "@/lib/modules/standard";
import { breastRecurrence, lungCancer, maleBreastCancer, prostateCancer } from "@/lib/modules/standard/examples";
import type { FormField, InputField } from "@/lib/modules/types";
import { activatedProjects } from "@/lib/projects/activated-projects";

const srt = srtModule.project!;
const treated = (...codes: string[]): TumourFacts => ({ treatmentCodes: codes });

describe("the SRT trigger: external radiotherapy in the chronology", () => {
  it.each([
    [["20"], true],
    [["10", "20", "50"], true],
    [["25"], true],
    [["26"], true],
    [["21"], false],
    [["22"], false],
    [["30"], false],
    [["10", "40", "50"], false],
    [[], false],
  ])("treatment codes %j → %s", (codes, expected) => {
    expect(factConditionHolds(srt.activatedBy, treated(...codes))).toBe(expected);
  });

  it("reads the standard new diagnosis and the follow-up through their facts, never their field keys", () => {
    expect(activatedProjects(standardModule.id, "INITIAL", maleBreastCancer).map((m) => m.id)).toEqual(["srt"]);
    expect(activatedProjects(standardModule.id, "INITIAL", lungCancer)).toEqual([]);
    expect(activatedProjects(standardModule.id, "INITIAL", prostateCancer)).toEqual([]);
    expect(activatedProjects(standardModule.id, "FOLLOW_UP", breastRecurrence).map((m) => m.id)).toEqual(["srt"]);
  });

  it("offers projects only from standard registrations, and never a project to itself", () => {
    expect(activatedProjects(srtModule.id, "INITIAL", { treatments: [{ code: "20" }] })).toEqual([]);
    expect(activatedProjects("no-such-module", "INITIAL", maleBreastCancer)).toEqual([]);
  });

  it("never throws, whatever the content", () => {
    for (const content of [null, 42, "x", [], { treatments: "20" }, { treatments: [null, 7, { code: { x: 1 } }] }]) {
      expect(activatedProjects(standardModule.id, "INITIAL", content)).toEqual([]);
    }
    expect(factConditionHolds(null as unknown as FactCondition, {})).toBe(false);
    expect(factConditionHolds({ fact: "nonsense" } as unknown as FactCondition, treated("20"))).toBe(false);
  });
});

describe("conditions of the spec's X45 are expressible over the facts", () => {
  const hadron: FactCondition = { fact: "treatmentCodes", in: ["22"] };
  const complexSurgery: FactCondition = {
    all: [{ fact: "topography", startsWith: ["C15", "C25"] }, { fact: "treatmentCodes", in: ["10"] }],
  };
  const gepBreast: FactCondition = {
    all: [{ fact: "topography", startsWith: ["C50"] }, { fact: "markerNames", mentions: ["oncotype", "mammaprint", "endopredict", "prosigna", "gep"] }],
  };
  const facts = (draft: object) => readFacts(standardModule.facts, draft);

  it("hadron therapy (code 22)", () => {
    expect(factConditionHolds(hadron, facts({ treatments: [{ code: "22" }] }))).toBe(true);
    expect(factConditionHolds(hadron, facts({ treatments: [{ code: "20" }] }))).toBe(false);
  });

  it("surgery of the oesophagus or pancreas", () => {
    expect(factConditionHolds(complexSurgery, facts({ topography: "C15.5", treatments: [{ code: "10" }] }))).toBe(true);
    expect(factConditionHolds(complexSurgery, facts({ topography: "C25.0", treatments: [{ code: "40" }, { code: "10" }] }))).toBe(true);
    expect(factConditionHolds(complexSurgery, facts({ topography: "C25.0", treatments: [{ code: "40" }] }))).toBe(false);
    expect(factConditionHolds(complexSurgery, facts({ topography: "C16.0", treatments: [{ code: "10" }] }))).toBe(false);
  });

  it("breast with a gene-expression profile test named as another marker, case and accents ignored", () => {
    expect(factConditionHolds(gepBreast, facts({ topography: "C50.4", otherMarkerName: "MammaPrint®" }))).toBe(true);
    expect(factConditionHolds(gepBreast, facts({ topography: "C50.9", otherMarkerName: "ONCOTYPE DX" }))).toBe(true);
    expect(factConditionHolds(gepBreast, facts({ topography: "C50.9", otherMarkerName: "AR" }))).toBe(false);
    expect(factConditionHolds(gepBreast, facts({ topography: "C34.1", otherMarkerName: "Oncotype" }))).toBe(false);
  });

  it("negation and presence", () => {
    expect(factConditionHolds({ not: { fact: "mocDate", filled: true } }, {})).toBe(true);
    expect(factConditionHolds({ fact: "mocDate", filled: true }, { mocDate: "2026-01-02" })).toBe(true);
    expect(factConditionHolds({ any: [{ fact: "laterality", equals: "left" }, hadron] }, { laterality: "left" })).toBe(true);
  });
});

/** The input field at a root dot path ("plans.0.startDate"), through its groups. */
function fieldAt(fields: readonly FormField[], path: string): InputField | undefined {
  const [key, ...rest] = path.split(".").filter((segment) => !/^\d+$/.test(segment));
  const field = fields.find((candidate) => candidate.key === key);
  if (!field) return undefined;
  if (field.kind === "group") return fieldAt(field.fields, rest.join("."));
  return rest.length === 0 ? field : undefined;
}

describe("every project declaration", () => {
  const projects = allModules().filter((module) => module.project);

  it("SRT is one", () => expect(projects.map((m) => m.id)).toContain("srt"));

  it.each(projects.map((m) => [m.id, m] as const))("%s reads known facts and fills fields its form has, with codes of their lists", (_id, module) => {
    const project = module.project!;
    for (const fact of factsRead(project.activatedBy)) expect(FACT_NAMES).toContain(fact);
    const fields = module.form.sections.flatMap((section) => section.fields);
    for (const entry of project.prefill) {
      expect(FACT_NAMES).toContain(entry.fact);
      const field = fieldAt(fields, entry.path);
      expect(field, `${module.id}: ${entry.path}`).toBeDefined();
      if (entry.values && field?.options) {
        const offered = field.options.map((o) => o.value);
        for (const value of Object.values(entry.values)) expect(offered).toContain(value);
      }
    }
  });
});

describe("the SRT prefill from a standard registration", () => {
  it("fills patient-independent tumour fields and dates, maps codes onto SRT's own, and stays a valid SRT draft", () => {
    const facts = readFacts(standardModule.facts, maleBreastCancer);
    const { formData, prefilled } = prefillDraft(srt, facts, srtModule.emptyDraft());
    expect(prefilled).toEqual({
      incidenceDate: maleBreastCancer.incidenceDate,
      topography: maleBreastCancer.topography,
      morphology: maleBreastCancer.morphology,
      laterality: maleBreastCancer.laterality, // 1 = left in both lists
      basisOfDiagnosis: "2", // registry 2 → IARC 7 → SRT 2 (histology of the primary)
      primaryTopography: maleBreastCancer.topography,
      primaryMorphology: maleBreastCancer.morphology,
      mdtDate: maleBreastCancer.mocDate,
    });
    expect(formData).toMatchObject(prefilled);
    expect(srtDraftSchema.safeParse(formData).success).toBe(true);
  });

  it("maps every basis of diagnosis and laterality the standard registration has onto SRT's codes, or leaves the field empty", () => {
    const cases: [string, string | undefined][] = [["2", "2"], ["3", "3"], ["4", "4"], ["5", "5"], ["6", "6"], ["7", "7"], ["8", undefined], ["9", "9"]];
    for (const [registry, expected] of cases) {
      const { prefilled } = prefillDraft(srt, readFacts(standardModule.facts, { basisOfDiagnosis: registry }), {});
      expect(prefilled.basisOfDiagnosis, `basis ${registry}`).toBe(expected);
    }
    const sides: [string, string][] = [["1", "1"], ["2", "2"], ["3", "3"], ["NK", "9"]];
    for (const [registry, expected] of sides) {
      expect(prefillDraft(srt, readFacts(standardModule.facts, { laterality: registry }), {}).prefilled.laterality).toBe(expected);
    }
  });

  it("fills nothing it has no fact for, keeps the project's empty draft, and writes nested paths", () => {
    expect(prefillDraft(srt, {}, { plans: [{}] })).toEqual({ formData: { plans: [{}] }, prefilled: {} });
    const nested = prefillDraft({ ...srt, prefill: [{ fact: "incidenceDate", path: "plans.0.startDate" }] }, { incidenceDate: "2026-01-05" }, { plans: [{ platform: "X" }] });
    expect(nested.formData).toEqual({ plans: [{ platform: "X", startDate: "2026-01-05" }] });
    expect(invertValues({ a: "1", b: "2" })).toEqual({ "1": "a", "2": "b" });
  });
});
