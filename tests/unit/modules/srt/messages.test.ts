import { describe, expect, it } from "vitest";
import { describeIssue } from "@/lib/modules/describe-issue";
import { srtModule } from "@/lib/modules/srt";
import { locales } from "@/lib/validation/types";
import { context } from "./fixtures";
import { ruleCases } from "./rule-cases";

describe("SRT messages", () => {
  it("exist in nl, fr and en for every message a rule reports", () => {
    const keys = new Set(
      ruleCases.flatMap((ruleCase) =>
        srtModule.validate(ruleCase.failing.data, ruleCase.failing.context ?? context).map((issue) => issue.messageKey),
      ),
    );
    for (const key of keys) {
      const message = srtModule.messages[key];
      expect(message, key).toBeDefined();
      for (const locale of locales) expect(message?.[locale], `${key} ${locale}`).toMatch(/\S/);
    }
  });

  it("name the field in every language", () => {
    for (const [key, message] of Object.entries(srtModule.messages)) {
      if (key === "SRT-E03") continue; // names its two dates in words, as the registry's own text does
      for (const locale of locales) expect(message[locale], `${key} ${locale}`).toContain("{field}");
    }
  });

  it("use the registry's wording for SRT-E03", () => {
    expect(srtModule.messages["SRT-E03"]?.en).toBe(
      "The start date of RT for the currently administered dosimetric plan cannot be earlier than the incidence date of the primary tumour",
    );
  });

  it("are rendered with the field's label, plan and lesion", () => {
    const issue = srtModule
      .validate({ ...ruleCases.find((c) => c.ruleId === "SRT-E09")?.failing.data as object }, context)
      .find((found) => found.ruleId === "SRT-E09");
    expect(issue).toBeDefined();
    if (!issue) return;
    expect(describeIssue(srtModule, issue, "nl")).toBe(
      "‘Plan 1 › Letsel 1 › Totale voorgeschreven dosis’: de totale dosis moet groter zijn dan 0 Gy en ten hoogste 100 Gy bedragen.",
    );
    expect(describeIssue(srtModule, issue, "fr")).toContain("« Plan 1 › Lésion 1 › Dose totale prescrite »");
  });
});
