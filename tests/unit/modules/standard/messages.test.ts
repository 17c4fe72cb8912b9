import { describe, expect, it } from "vitest";
import { describeIssue, fieldLabel } from "@/lib/modules/describe-issue";
import { standardModule } from "@/lib/modules/standard";
import { locales } from "@/lib/validation/types";
import { context, lungCancer } from "./fixtures";
import { ruleCases } from "./rule-cases";

describe("standard messages", () => {
  it("exist in every language for every message a rule reports, with every placeholder filled", () => {
    const issues = ruleCases.flatMap((ruleCase) => {
      const form = ruleCase.form === "initial" ? standardModule : standardModule.followUp;
      return form.validate(ruleCase.failing.data, ruleCase.failing.context ?? context);
    });
    for (const issue of issues) {
      const message = standardModule.messages[issue.messageKey];
      expect(message, issue.messageKey).toBeDefined();
      for (const locale of locales) {
        expect(message?.[locale], `${issue.messageKey} ${locale}`).toMatch(/\S/);
        const placeholders = [...(message?.[locale] ?? "").matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        for (const name of placeholders) expect(issue.params, `${issue.messageKey} ${locale} {${name}}`).toHaveProperty(name!);
      }
    }
  });

  it("point at a field of the form for every issue, so the summary can name and link it", () => {
    for (const ruleCase of ruleCases) {
      const form = ruleCase.form === "initial" ? standardModule : standardModule.followUp;
      for (const issue of form.validate(ruleCase.failing.data, ruleCase.failing.context ?? context)) {
        if (issue.ruleId === "A55-E00") continue;
        expect(fieldLabel(form.form, issue.path, "nl"), `${ruleCase.name}: ${issue.path}`).toEqual(expect.any(String));
      }
    }
  });

  it("name the field in every language and have no message without a rule", () => {
    const ruleIds = new Set([...standardModule.rules, ...standardModule.followUp.rules].map((rule) => rule.id));
    for (const [key, message] of Object.entries(standardModule.messages)) {
      expect(ruleIds.has(key.split(".")[0]!) || key === "A55-E00", key).toBe(true);
      for (const locale of locales) expect(message[locale], `${key} ${locale}`).toContain("{field}");
    }
  });

  it("are rendered with the field's label and row", () => {
    const data = structuredClone(lungCancer);
    data.treatments![1]!.endDate = "2024-12-01";
    const issue = standardModule.validate(data, context).find((found) => found.ruleId === "A55-E42");
    expect(issue).toBeDefined();
    expect(describeIssue(standardModule, issue!, "nl")).toBe("‘Chronologie, rij 2 › Einddatum indien bekend’: de einddatum mag niet vóór de startdatum liggen (2024-12-16).");
  });
});
