import { describe, expect, it } from "vitest";
import { standardModule } from "@/lib/modules/standard";
import type { ValidationContext } from "@/lib/modules/types";
import { context, validRegistrations } from "./fixtures";
import { ruleCases, severityOf, type RuleCase } from "./rule-cases";

const followUpContext: ValidationContext = {
  ...context,
  original: { reference: "STD-2024-000001", sentAt: new Date("2021-01-01T10:00:00Z"), formData: validRegistrations.maleBreastCancer },
};

const formOf = (ruleCase: RuleCase) => (ruleCase.form === "initial" ? standardModule : standardModule.followUp);
const contextOf = (ruleCase: RuleCase, given?: ValidationContext) => given ?? (ruleCase.form === "initial" ? context : followUpContext);

/** Every check of the specification and the id it has here (X29 and X45 are not implemented, E60 is the person type's own check: README; I01 is information). */
const SPEC_IDS = {
  fieldLevel: ["E01", "E05", "E06", "E07", "E13", "E16", "E41", "E42", "E43", "E50", "E54", "E58", "E61", "W01", "W02", "W03", "W04", "W05", "W06", "W07", "W08", "W40", "W41", "W50", "W51", "W52", "W53", "W55", "W56", "W57", "W60", "W61", "I01"],
  crossField: {
    X01: "W101", X02: "W102", X03: "W103", X04: "W104", X05: "W105", X06: "W106", X07: "E107", X08: "W108", X09: "W109", X10: "E110", X11: "W111", X12: "W112", X13: "W113", X14: "W114",
    X20: "E120", X21: "W121", X22: "W122", X23: "E123", X24: "W124", X25: "W125", X26: "W126", X27: "W127", X28: "W128",
    X30: "W130", X31: "W131", X32: "W132", X33: "W133", X34: "E134",
    X40: "W40", X41: "W141", X42: "W142", X43: "W143", X44: "W144", X46: "W08", X47: "E42", X48: "E43",
  },
  followUp: ["E01", "E05", "E06", "E07", "E13", "E43", "E61", "E70", "E71", "W07", "W60", "W72", "W73"],
};
const a55 = (ids: readonly string[]) => ids.map((id) => `A55-${id}`);

describe("standard rules", () => {
  it("declares every check of the specification once, with its severity and a version", () => {
    const expected = new Set(a55([...SPEC_IDS.fieldLevel, ...Object.values(SPEC_IDS.crossField)]));
    const ids = standardModule.rules.map((rule) => rule.id);
    expect(new Set(ids)).toEqual(expected);
    expect(ids.length).toBe(expected.size);
    expect(standardModule.followUp.rules.map((rule) => rule.id).sort()).toEqual(a55(SPEC_IDS.followUp).sort());
    for (const rule of [...standardModule.rules, ...standardModule.followUp.rules]) {
      expect(rule.severity, rule.id).toBe(severityOf(rule.id));
      expect(rule.version).toBeGreaterThanOrEqual(1);
    }
  });

  it("lists errors first, then warnings, then information, each by id", () => {
    const severities = standardModule.rules.map((rule) => rule.severity);
    expect(severities.indexOf("warning")).toBe(severities.lastIndexOf("error") + 1);
    expect(severities.indexOf("information")).toBe(severities.lastIndexOf("warning") + 1);
  });

  it("has a failing and a passing example for every rule of both forms", () => {
    for (const [form, rules] of [["initial", standardModule.rules], ["followUp", standardModule.followUp.rules]] as const) {
      const covered = new Set(ruleCases.filter((c) => c.form === form).map((c) => c.ruleId));
      for (const id of [...rules.map((rule) => rule.id), "A55-E00"]) expect(covered, `${form} ${id}`).toContain(id);
    }
  });

  describe.each(ruleCases)("$form $ruleId: $name", (ruleCase) => {
    it("reports the rule at the offending field, and nothing else unexpected", () => {
      const issues = formOf(ruleCase).validate(ruleCase.failing.data, contextOf(ruleCase, ruleCase.failing.context));
      expect(issues).toContainEqual(
        expect.objectContaining({ ruleId: ruleCase.ruleId, severity: severityOf(ruleCase.ruleId), path: ruleCase.path, messageKey: ruleCase.messageKey ?? ruleCase.ruleId }),
      );
      for (const issue of issues) expect(issue.params?.field, issue.path).toEqual(expect.any(String));
      const others = issues.map((issue) => issue.ruleId).filter((id) => id !== ruleCase.ruleId);
      expect(new Set(others)).toEqual(new Set(ruleCase.also ?? []));
    });

    it("does not report it once the value is right", () => {
      const issues = formOf(ruleCase).validate(ruleCase.passing.data, contextOf(ruleCase, ruleCase.passing.context));
      expect(issues.filter((issue) => issue.ruleId === ruleCase.ruleId && (ruleCase.messageKey === undefined || issue.messageKey === ruleCase.messageKey || issue.path === ruleCase.path))).toEqual([]);
    });
  });
});
