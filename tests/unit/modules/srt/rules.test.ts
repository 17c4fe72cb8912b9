import { describe, expect, it } from "vitest";
import { srtModule } from "@/lib/modules/srt";
import { context } from "./fixtures";
import { ruleCases } from "./rule-cases";

const SPEC_RULE_IDS = [
  ...Array.from({ length: 16 }, (_, i) => `SRT-E${String(i + 1).padStart(2, "0")}`),
  ...Array.from({ length: 8 }, (_, i) => `SRT-W0${i + 1}`),
];

describe("SRT rules", () => {
  it("declares every rule of the specification once, with its severity and a version", () => {
    expect(srtModule.rules.map((rule) => rule.id)).toEqual(SPEC_RULE_IDS);
    for (const rule of srtModule.rules) {
      expect(rule.severity).toBe(rule.id.includes("-E") ? "error" : "warning");
      expect(rule.version).toBeGreaterThanOrEqual(1);
    }
  });

  it("has a failing and a passing example for every rule", () => {
    const covered = new Set(ruleCases.map((ruleCase) => ruleCase.ruleId));
    for (const id of [...SPEC_RULE_IDS, "SRT-E00"]) expect(covered, id).toContain(id);
  });

  describe.each(ruleCases)("$ruleId: $name", (ruleCase) => {
    it("reports the rule at the offending field", () => {
      const issues = srtModule.validate(ruleCase.failing.data, ruleCase.failing.context ?? context);
      expect(issues).toContainEqual(
        expect.objectContaining({
          ruleId: ruleCase.ruleId,
          severity: ruleCase.severity,
          path: ruleCase.path,
          messageKey: ruleCase.messageKey ?? ruleCase.ruleId,
        }),
      );
      for (const issue of issues) expect(issue.params?.field, issue.path).toEqual(expect.any(String));
      const others = issues.map((issue) => issue.ruleId).filter((id) => id !== ruleCase.ruleId);
      expect(new Set(others)).toEqual(new Set(ruleCase.also ?? []));
    });

    it("does not report it once the value is right", () => {
      const issues = srtModule.validate(ruleCase.passing.data, ruleCase.passing.context ?? context);
      expect(issues.filter((issue) => issue.ruleId === ruleCase.ruleId)).toEqual([]);
    });
  });
});
