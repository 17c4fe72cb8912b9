import { describe, expect, it } from "vitest";
import { hiddenFilledPaths, sectionStatuses } from "@/components/registration/form-overview";
import { srtForm } from "@/lib/modules/srt/fields";
import { standardForm } from "@/lib/modules/standard/fields";
import type { ValidationIssue } from "@/lib/validation/types";

const issue = (path: string, severity: "error" | "warning"): ValidationIssue => ({
  ruleId: severity === "error" ? "SRT-E01" : "SRT-W02",
  ruleVersion: 1,
  severity,
  path,
  messageKey: "x",
  params: {},
});

describe("the form's overview", () => {
  it("counts per visible section the required fields filled and the findings", () => {
    const empty = sectionStatuses(srtForm, { plans: [{ lesions: [{}] }] }, []);
    expect(empty.map((status) => status.id)).toEqual(srtForm.sections.map((section) => section.id).filter((id) => empty.some((s) => s.id === id)));
    const a = empty.find((status) => status.id === "A")!;
    expect(a.required).toBeGreaterThan(3);
    expect(a.filled).toBe(0);

    const some = sectionStatuses(srtForm, { indication: "PRIMARY_TUMOUR", clinicalTrial: "NO", plans: [{ lesions: [{}] }] }, [
      issue("mdtDate", "error"),
      issue("topography", "warning"),
      issue("plans.0.startDate", "error"),
    ]);
    const after = some.find((status) => status.id === "A")!;
    expect(after.filled).toBe(2);
    expect(after.errors).toBe(1);
    expect(some.find((status) => status.id === "B")!.warnings).toBe(1);
    expect(some.find((status) => status.id === "C")!.errors).toBe(1);
  });

  it("names the filled fields a change hides, not the empty ones nor the ones still shown", () => {
    const before = { clinicalTrial: "YES", clinicalTrialName: "TRIAL-7", previousRtSameRegion: "NO" };
    const field = srtForm.sections.flatMap((section) => section.fields).find((f) => f.kind === "field" && JSON.stringify(f.visibleWhen ?? {}).includes("clinicalTrial"));
    expect(field).toBeDefined();
    const withValue = { ...before, [field!.key]: "TRIAL-7" };
    expect(hiddenFilledPaths(srtForm, withValue, { ...withValue, clinicalTrial: "NO" })).toEqual([field!.key]);
    expect(hiddenFilledPaths(srtForm, withValue, { ...withValue, previousRtSameRegion: "UNKNOWN" })).toEqual([]);
    expect(hiddenFilledPaths(srtForm, { clinicalTrial: "YES" }, { clinicalTrial: "NO" })).toEqual([]);
  });

  it("counts a grid's hidden cells as hidden: unticking ‘multifocal’ names the tumour-2 results to clear", () => {
    const before = { topography: "C50.4", multifocal: true, receptors: { er: { tumour1: "POSITIVE", tumour2: "NEGATIVE" } }, her2: { ihc: { tumour2: "1+" } } };
    expect(hiddenFilledPaths(standardForm, before, { ...before, multifocal: false })).toEqual(["receptors.er.tumour2", "her2.ihc.tumour2"]);
    expect(hiddenFilledPaths(standardForm, before, { ...before, comments: "x" })).toEqual([]);
  });

  it("counts a grid's required cells: the other marker's name once it has a result", () => {
    const breast = { topography: "C50.4", treatments: [{}] };
    const b = (data: object) => sectionStatuses(standardForm, data, []).find((status) => status.id === "B")!;
    expect(b({ ...breast, markers: { other: { tumour1: "positief" } } }).required).toBe(b(breast).required + 1);
  });
});
