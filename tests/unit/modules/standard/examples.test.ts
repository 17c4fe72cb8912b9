import { describe, expect, it } from "vitest";
import { movedToDaysAgo } from "@/lib/demo/shift-dates";
import { standardModule } from "@/lib/modules/standard";
import { context, validFollowUps, validRegistrations } from "./fixtures";

describe("standard module examples", () => {
  it.each(Object.entries(validRegistrations))("new diagnosis %s has no issue at all", (_name, data) => {
    expect(standardModule.validate(data, context)).toEqual([]);
  });

  it.each(Object.entries(validFollowUps))("follow-up %s has no issue at all", (_name, data) => {
    expect(standardModule.followUp.validate(data, { ...context, original: { reference: "STD-2024-000001", sentAt: new Date("2021-01-01"), formData: validRegistrations.maleBreastCancer } })).toEqual([]);
  });

  it("are the demo's examples", () => {
    expect(standardModule.demo?.examples).toEqual(Object.values(validRegistrations));
  });

  it("stay issue-free with the demo's warning added, except for that warning", () => {
    for (const example of Object.values(validRegistrations)) {
      const changed = structuredClone(example);
      standardModule.demo?.addWarning(changed);
      expect(standardModule.validate(changed, context).map((issue) => issue.ruleId)).toEqual(["A55-W08"]);
    }
  });
});

describe("standard demo examples moved in time", () => {
  // Without errors or warnings; a draft whose incidence is less than 4 months ago is informed (A55-I01) that sending now is early.
  it("stay free of errors and warnings when their last day is moved to 3–120 days before today, as the demo seed does with drafts", () => {
    const demo = standardModule.demo!;
    const today = new Date("2026-12-01T10:00:00Z");
    for (const example of demo.examples) {
      for (const daysAgo of [3, 60, 120]) {
        const moved = movedToDaysAgo(example, demo.lastDay, daysAgo, today);
        const issues = standardModule.validate(moved, { ...context, today });
        expect(issues.filter((issue) => issue.severity !== "information"), `${example.topography} ${daysAgo}`).toEqual([]);
        expect(issues.every((issue) => issue.ruleId === "A55-I01"), `${example.topography} ${daysAgo}`).toBe(true);
      }
    }
  });
});
