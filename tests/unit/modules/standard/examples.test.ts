import { describe, expect, it } from "vitest";
import { movedToDaysAgo, shiftDates } from "@/lib/demo/shift-dates";
import { prefilledFrom } from "@/lib/modules/follow-up-start";
import { standardModule } from "@/lib/modules/standard";
import type { StandardDraft } from "@/lib/modules/standard/schema";
import type { ValidationContext } from "@/lib/modules/types";
import { context, validFollowUps, validRegistrations } from "./fixtures";

const demo = standardModule.demo!;

/** The context an example is made for: born 1955-06-01, of the sex the demo says (a man when either). */
const contextFor = (data: StandardDraft, base: ValidationContext = context): ValidationContext => ({ ...base, patient: { ...base.patient, sex: demo.patientSex?.(data) ?? "M" } });

describe("standard module examples", () => {
  it.each(Object.entries(validRegistrations))("new diagnosis %s has no issue at all", (_name, data) => {
    expect(standardModule.validate(data, contextFor(data))).toEqual([]);
  });

  it("say which sex their patient must have, and would raise the sex checks for the other", () => {
    expect(Object.fromEntries(Object.entries(validRegistrations).map(([name, data]) => [name, demo.patientSex?.(data)]))).toEqual({
      lungCancer: null,
      maleBreastCancer: "M",
      femaleBreastCancer: "F",
      prostateCancer: "M",
    });
    const other = (sex: "M" | "F"): ValidationContext => ({ ...context, patient: { ...context.patient, sex: sex === "M" ? "F" : "M" } });
    for (const data of Object.values(validRegistrations)) {
      const sex = demo.patientSex?.(data);
      if (sex) expect(standardModule.validate(data, other(sex)), data.topography).not.toEqual([]);
      else expect(standardModule.validate(data, other("M"))).toEqual([]);
    }
  });

  it.each(Object.entries(validFollowUps))("follow-up %s has no issue at all", (_name, data) => {
    expect(standardModule.followUp.validate(data, { ...context, original: { reference: "STD-2024-000001", sentAt: new Date("2021-01-01"), formData: validRegistrations.maleBreastCancer } })).toEqual([]);
  });

  it("are the demo's examples", () => {
    expect(demo.examples).toEqual(Object.values(validRegistrations));
    expect(demo.followUps?.examples).toEqual(Object.values(validFollowUps));
  });

  it("stay issue-free with the demo's warning added, except for that warning", () => {
    for (const example of Object.values(validRegistrations)) {
      const changed = structuredClone(example);
      demo.addWarning(changed);
      expect(standardModule.validate(changed, contextFor(example)).map((issue) => issue.ruleId)).toEqual(["A55-W08"]);
    }
  });
});

describe("standard demo examples moved in time", () => {
  // Without errors or warnings; a draft whose incidence is less than 4 months ago is informed (A55-I01) that sending now is early.
  it("stay free of errors and warnings when their last day is moved to 3–120 days before today, as the demo seed does with drafts", () => {
    const today = new Date("2026-12-01T10:00:00Z");
    for (const example of demo.examples) {
      for (const daysAgo of [3, 60, 120]) {
        const moved = movedToDaysAgo(example, demo.lastDay, daysAgo, today);
        const issues = standardModule.validate(moved, contextFor(example, { ...context, today }));
        expect(issues.filter((issue) => issue.severity !== "information"), `${example.topography} ${daysAgo}`).toEqual([]);
        expect(issues.every((issue) => issue.ruleId === "A55-I01"), `${example.topography} ${daysAgo}`).toBe(true);
      }
    }
  });

  it("give follow-ups without errors after each sent example's care, under the prefill from it (as the demo seed makes them)", () => {
    const today = new Date("2026-12-01T10:00:00Z");
    const followUps = demo.followUps!;
    for (const original of demo.examples) {
      for (const months of [4, 16]) {
        const end = demo.lastDay(original)! + months * 30 * 86_400_000;
        for (const example of followUps.examples) {
          const moved = shiftDates(example, Math.round((end - followUps.lastDay(example)!) / 86_400_000));
          const data = { ...(moved as object), ...prefilledFrom(standardModule.followUp, original) };
          const issues = standardModule.followUp.validate(data, { ...contextFor(original, { ...context, today }), original: { reference: "STD-2025-000001", sentAt: today, formData: original } });
          expect(issues.filter((issue) => issue.severity === "error"), `${original.topography} +${months} months`).toEqual([]);
        }
      }
    }
  });
});
