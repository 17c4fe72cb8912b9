import { describe, expect, it } from "vitest";
import {
  applyInszPrefill,
  birthDateInvalidMessage,
  buildSubmission,
  clearPersonValues,
  countryForPath,
  displayDate,
  existingTotal,
  fieldInputId,
  focusAfterSubmit,
  inszPrefill,
  inszReasonMessage,
  inszStatus,
  isNavigationError,
  issueField,
  issuesByField,
  matchesPerson,
  personToFormValues,
  todayIso,
  toFormValues,
  visibleFields,
  type PatientFormValues,
} from "@/components/patients/patient-form-helpers";
import type { PatientIssueMessage } from "@/components/patients/types";
import type { IdentifiedPerson } from "@/lib/patients/identify-person";
import { parseInsz } from "@/lib/patients/insz";
import { validatePatient } from "@/lib/patients/patient-rules";
import type { ValidationIssue } from "@/lib/validation/types";

const currentYear = 2026;

const person: IdentifiedPerson = {
  insz: "85073003328",
  lastName: "Peeters",
  firstName: "Jan",
  birthDate: "1985-07-30",
  sex: "M",
  nationality: "BE",
  address: { street: "Meir 1", postalCode: "2000", town: "Antwerpen", country: "be" },
  deceasedDate: null,
};

function valid(insz: string) {
  const parse = parseInsz(insz, { currentYear });
  if (!parse.ok) throw new Error(`${insz} should be valid`);
  return parse;
}

function issue(partial: Partial<ValidationIssue> & Pick<ValidationIssue, "ruleId" | "path">): PatientIssueMessage {
  return {
    issue: { ruleVersion: 1, severity: "error", messageKey: "patient.required", ...partial },
    message: `${partial.ruleId} message`,
  };
}

const blank = toFormValues({});

describe("toFormValues", () => {
  it("starts on the INSZ path in Belgium with every field a string", () => {
    expect(blank).toEqual({
      identificationPath: "INSZ",
      insurerCode: "",
      insuranceNumber: "",
      otherIdentifier: "",
      insz: "",
      lastName: "",
      firstName: "",
      postalCode: "",
      town: "",
      country: "BE",
      birthDate: "",
      sex: "",
      comment: "",
    });
  });

  it("formats a saved INSZ and keeps the saved path and country", () => {
    expect(toFormValues({ insz: "85073003328" }).insz).toBe("85.07.30-033.28");
    expect(toFormValues({ insz: "8507300" }).insz).toBe("8507300");
    expect(toFormValues({ identificationPath: "NO_INSZ_ABROAD" }).country).toBe("");
    expect(toFormValues({ identificationPath: "NO_INSZ_ABROAD", country: "fr" }).country).toBe("FR");
  });
});

describe("IdentifyPerson → form values", () => {
  it("maps the person's name, birth date, sex and address", () => {
    expect(personToFormValues(person)).toEqual({
      lastName: "Peeters",
      firstName: "Jan",
      birthDate: "1985-07-30",
      sex: "M",
      postalCode: "2000",
      town: "Antwerpen",
      country: "BE",
    });
  });

  it("leaves unknown birth date and sex empty", () => {
    const values = personToFormValues({ ...person, insz: "85273003371", birthDate: null, sex: null });
    expect(values.birthDate).toBe("");
    expect(values.sex).toBe("");
  });

  it("tells whether the form still holds the register's data", () => {
    const filled: PatientFormValues = { ...blank, ...personToFormValues(person) };
    expect(matchesPerson(filled, person)).toBe(true);
    expect(matchesPerson({ ...filled, town: "Berchem" }, person)).toBe(false);
  });

  it("clears the previous person's values when the number changes, but keeps typed ones", () => {
    const filled: PatientFormValues = { ...blank, ...personToFormValues(person), town: "Berchem", comment: "x" };
    const cleared = clearPersonValues(filled, person);
    expect(cleared).toMatchObject({ lastName: "", firstName: "", birthDate: "", sex: "", postalCode: "", town: "Berchem", country: "BE", comment: "x" });
  });
});

describe("prefill from the INSZ", () => {
  it("derives a full birth date and the sex of a national number", () => {
    expect(inszPrefill(valid("85073003328"))).toEqual({ birthDate: "1985-07-30", sex: "M", partialBirthDate: false });
    expect(inszPrefill(valid("05031512466"))).toEqual({ birthDate: "2005-03-15", sex: "F", partialBirthDate: false });
  });

  it("derives partial or no birth dates", () => {
    expect(inszPrefill(valid("69030000114"))).toEqual({ birthDate: "1969-03", sex: "M", partialBirthDate: true });
    expect(inszPrefill(valid("00000100166")).birthDate).toBe("");
    expect(inszPrefill(valid("00000100166")).partialBirthDate).toBe(true);
  });

  it("leaves the sex free for a BIS number with month + 20, and knows it with + 40", () => {
    expect(inszPrefill(valid("85273003371")).sex).toBeNull();
    expect(inszPrefill(valid("85473003416")).sex).toBe("F");
    expect(inszPrefill(valid("01490700185"))).toMatchObject({ birthDate: "2001-09-07", sex: "M" });
  });

  it("fills an empty birth date, replaces its own previous prefill, never a typed date", () => {
    const first = inszPrefill(valid("85073003328"));
    const filled = applyInszPrefill(blank, first, null);
    expect(filled).toMatchObject({ birthDate: "1985-07-30", sex: "M" });

    const second = inszPrefill(valid("05031512466"));
    expect(applyInszPrefill(filled, second, first)).toMatchObject({ birthDate: "2005-03-15", sex: "F" });

    const typed = { ...blank, birthDate: "1985-07-29" };
    expect(applyInszPrefill(typed, first, null).birthDate).toBe("1985-07-29");
  });

  it("does not touch the sex when the number does not encode it", () => {
    expect(applyInszPrefill({ ...blank, sex: "F" }, inszPrefill(valid("85273003371")), null).sex).toBe("F");
  });
});

describe("inszStatus (live feedback)", () => {
  const live = (value: string) => inszStatus(value, { blurred: false, currentYear });
  const blurred = (value: string) => inszStatus(value, { blurred: true, currentYear });

  it("waits while fewer than 11 digits are typed, and judges on blur", () => {
    expect(live("")).toEqual({ state: "empty" });
    expect(live("850730")).toEqual({ state: "incomplete" });
    expect(blurred("8507300332")).toEqual({ state: "invalid", reason: "length" });
  });

  it("judges as soon as 11 digits are typed, with or without separators", () => {
    expect(live("85.07.30-033.28")).toMatchObject({ state: "valid", digits: "85073003328" });
    expect(live("85073003329")).toEqual({ state: "invalid", reason: "checksum" });
    expect(live("85133003300")).toEqual({ state: "invalid", reason: "date" });
    expect(live("12345678901")).toMatchObject({ state: "invalid" });
  });

  it("reports letters and too many digits at once", () => {
    expect(live("85O7")).toEqual({ state: "invalid", reason: "format" });
    expect(live("850730033281")).toEqual({ state: "invalid", reason: "length" });
  });

  it("has a translated message for every failure reason, and none for others", () => {
    for (const reason of ["format", "length", "date", "checksum"]) {
      for (const locale of ["nl", "fr", "en"] as const) {
        const message = inszReasonMessage(reason, locale);
        expect(message).toBeTruthy();
        expect(message).not.toContain("{field}");
        expect(message).not.toContain("patient.insz");
      }
    }
    expect(inszReasonMessage("checksum", "en")).toContain("INSZ/NISS: incorrect number, the check digits do not match");
    expect(inszReasonMessage("something else", "en")).toBeNull();
    expect(birthDateInvalidMessage("nl")).toContain("Geboortedatum is geen geldige datum");
  });
});

describe("issues → fields", () => {
  it("maps an issue to its field, PAT-W01 to the comment", () => {
    expect(issueField(issue({ ruleId: "PAT-E01", path: "lastName" }).issue)).toBe("lastName");
    expect(issueField(issue({ ruleId: "PAT-W01", path: "insz", severity: "warning" }).issue)).toBe("comment");
    expect(issueField(issue({ ruleId: "X", path: "plans.0.startDate" }).issue)).toBeNull();
    expect(fieldInputId("comment")).toBe("patient-comment");
  });

  it("maps every issue the real rules report to a field shown on its path", () => {
    const samples = [
      { identificationPath: "INSZ" as const },
      { identificationPath: "INSZ" as const, insz: "85073003329", birthDate: "31-12-2020" },
      { identificationPath: "NO_INSZ_BELGIUM" as const },
      { identificationPath: "NO_INSZ_ABROAD" as const, country: "BE" },
      {},
    ];
    for (const data of samples) {
      const path = data.identificationPath ?? "INSZ";
      for (const found of validatePatient(data, { today: "2026-03-15", identifySucceeded: false })) {
        const field = issueField(found);
        expect(field, found.ruleId).not.toBeNull();
        expect(visibleFields(path), `${found.ruleId} on ${path}`).toContain(field);
      }
    }
  });

  it("groups issues per field in order", () => {
    const grouped = issuesByField([
      issue({ ruleId: "PAT-E01", path: "birthDate" }),
      issue({ ruleId: "PAT-E05", path: "birthDate" }),
      issue({ ruleId: "PAT-W01", path: "insz", severity: "warning" }),
      issue({ ruleId: "OTHER", path: "elsewhere" }),
    ]);
    expect(grouped.get("birthDate")?.map((item) => item.issue.ruleId)).toEqual(["PAT-E01", "PAT-E05"]);
    expect(grouped.get("comment")?.map((item) => item.issue.ruleId)).toEqual(["PAT-W01"]);
    expect(grouped.has("insz")).toBe(false);
  });

  it("focuses the summary for errors and the comment for the PAT-W01 warning alone", () => {
    const warning = issue({ ruleId: "PAT-W01", path: "insz", severity: "warning" });
    const error = issue({ ruleId: "PAT-E01", path: "lastName" });
    expect(focusAfterSubmit([warning], false)).toBe("comment");
    expect(focusAfterSubmit([error, warning], false)).toBe("summary");
    expect(focusAfterSubmit([], true)).toBe("summary");
    expect(focusAfterSubmit([], false)).toBeNull();
  });
});

describe("visible fields per path", () => {
  it("shows the INSZ only on its path and the other identifier only without it", () => {
    expect(visibleFields("INSZ")).toContain("insz");
    expect(visibleFields("INSZ")).not.toContain("otherIdentifier");
    expect(visibleFields("NO_INSZ_BELGIUM")).toContain("otherIdentifier");
    expect(visibleFields("NO_INSZ_ABROAD")).not.toContain("insz");
  });
});

describe("buildSubmission", () => {
  const values: PatientFormValues = {
    ...blank,
    insurerCode: "100",
    insz: "85.07.30-033.28",
    otherIdentifier: "hidden",
    lastName: " Peeters ",
    firstName: "Jan",
    postalCode: "2000",
    town: "Antwerpen",
    country: "be",
    birthDate: "1985-07-30",
    sex: "F",
  };

  it("trims, sends the sex the INSZ encodes, and drops hidden fields", () => {
    const data = buildSubmission(values, { identifiedByService: false, sexFromInsz: "M" });
    expect(data).toMatchObject({ identificationPath: "INSZ", insz: "85.07.30-033.28", lastName: "Peeters", sex: "M", country: "BE", otherIdentifier: "", identifiedByService: false });
  });

  it("sends no INSZ on the paths without one, and never claims service data there", () => {
    const data = buildSubmission({ ...values, identificationPath: "NO_INSZ_BELGIUM" }, { identifiedByService: true, sexFromInsz: "M" });
    expect(data).toMatchObject({ insz: "", otherIdentifier: "hidden", sex: "F", identifiedByService: false });
  });

  it("produces data the rules accept", () => {
    const data = buildSubmission(values, { identifiedByService: false, sexFromInsz: "M" });
    expect(validatePatient(data, { today: "2026-03-15", identifySucceeded: data.identifiedByService })).toEqual([]);
  });
});

describe("small helpers", () => {
  it("counts existing registrations", () => {
    expect(existingTotal(null)).toBe(0);
    expect(existingTotal({ saved: 1, sent: 2, sentElsewhere: 3, savedHref: "/s", sentHref: "/t" })).toBe(6);
  });

  it("moves the country with the path", () => {
    expect(countryForPath("BE", "NO_INSZ_ABROAD")).toBe("");
    expect(countryForPath("FR", "NO_INSZ_ABROAD")).toBe("FR");
    expect(countryForPath("FR", "NO_INSZ_BELGIUM")).toBe("BE");
    expect(countryForPath("", "INSZ")).toBe("BE");
    expect(countryForPath("FR", "INSZ")).toBe("FR");
  });

  it("displays dates in Belgian order", () => {
    expect(displayDate("2023-05-14")).toBe("14/05/2023");
    expect(displayDate("1969-03")).toBe("03/1969");
    expect(displayDate("1969")).toBe("1969");
    expect(displayDate("n/a")).toBe("n/a");
  });

  it("writes today in local time", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });

  it("recognises Next.js navigation errors", () => {
    expect(isNavigationError(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/x;307;" }))).toBe(true);
    expect(isNavigationError(new Error("boom"))).toBe(false);
    expect(isNavigationError(null)).toBe(false);
  });
});
