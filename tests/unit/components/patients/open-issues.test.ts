import { describe, expect, it } from "vitest";
import { stillOpenIssues } from "@/components/patients/open-issues";
import { applyRegisterData, buildSubmission, clearPersonValues, toFormValues } from "@/components/patients/patient-form-helpers";
import type { PatientIssueMessage, PatientSubmission } from "@/components/patients/types";
import type { IdentifiedPerson } from "@/lib/patients/identify-person";
import { validatePatient } from "@/lib/patients/patient-rules";

const today = "2026-12-01";
const person: IdentifiedPerson = {
  insz: "85073003328", lastName: "Peeters", firstName: "Jan", birthDate: "1985-07-30", sex: "M", nationality: "BE",
  address: { street: "Kerkstraat 12", postalCode: "2000", town: "Antwerpen", country: "BE" }, deceasedDate: null, insurerCode: "300",
};

/** What the server answers for a submission: the same rules, each issue with a text. */
function refuse(submission: PatientSubmission): PatientIssueMessage[] {
  const { identifiedByService, ...patient } = submission;
  return validatePatient(patient, { today, identifySucceeded: identifiedByService }).map((issue) => ({ issue, message: issue.messageKey }));
}

const empty = toFormValues({ identificationPath: "INSZ" });
const submit = (values = empty, identifiedByService = false) => buildSubmission(values, { identifiedByService, sexFromInsz: null });

describe("issues of a refused Next", () => {
  it("all disappear once IdentifyPerson filled the fields (no 'Last name is required' under a filled field)", () => {
    const submitted = submit();
    const reported = refuse(submitted);
    expect(reported.filter((item) => item.issue.severity === "error").length).toBeGreaterThanOrEqual(7);
    const filled = applyRegisterData({ ...empty, insz: "85073003328" }, person);
    expect(stillOpenIssues(reported, submitted, submit(filled, true), today)).toEqual([]);
  });

  it("one at a time: typing the last name drops that error only, and the count with it", () => {
    const submitted = submit();
    const reported = refuse(submitted);
    const open = stillOpenIssues(reported, submitted, submit({ ...empty, lastName: "Peeters" }), today);
    expect(open).toHaveLength(reported.length - 1);
    expect(open.some((item) => item.issue.path === "lastName")).toBe(false);
    expect(open.some((item) => item.issue.path === "firstName")).toBe(true);
  });

  it("a new problem waits for the next Next: only what was reported can stay", () => {
    const valid = applyRegisterData({ ...empty, insz: "85073003328" }, person);
    const submitted = submit({ ...valid, insurerCode: "" }, true);
    const reported = refuse(submitted);
    expect(reported.map((item) => item.issue.path)).toEqual(["insurerCode"]);
    const worse = submit({ ...valid, insurerCode: "100", insz: "" }, false);
    expect(stillOpenIssues(reported, submitted, worse, today)).toEqual([]);
  });

  it("a value the schema refused stays until its field changes", () => {
    const submitted = submit({ ...empty, town: "x".repeat(5) });
    const shape: PatientIssueMessage = {
      issue: { ruleId: "PAT-E00", ruleVersion: 1, severity: "error", path: "town", messageKey: "patient.tooLong", params: { field: "town" } },
      message: "too long",
    };
    expect(stillOpenIssues([shape], submitted, submit({ ...empty, town: "x".repeat(5), lastName: "A" }), today)).toHaveLength(1);
    expect(stillOpenIssues([shape], submitted, submit({ ...empty, town: "Gent" }), today)).toEqual([]);
  });
});

describe("the insurer from the register", () => {
  it("fills an empty insurer, never replaces a chosen one, and leaves with the person", () => {
    expect(applyRegisterData(empty, person).insurerCode).toBe("300");
    expect(applyRegisterData({ ...empty, insurerCode: "100" }, person).insurerCode).toBe("100");
    expect(applyRegisterData(empty, { ...person, insurerCode: undefined }).insurerCode).toBe("");
    expect(clearPersonValues(applyRegisterData(empty, person), person).insurerCode).toBe("");
  });
});
