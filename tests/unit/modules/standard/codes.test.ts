import { describe, expect, it } from "vitest";
import { BASIS_OF_DIAGNOSIS, FOLLOW_UP_TREATMENT_CODES, IARC_BASIS, isMicroscopicBasis, isNonMicroscopicBasis, TREATMENT_CODES } from "@/lib/modules/standard/codes";
import { standardModule } from "@/lib/modules/standard";
import { isTnmSyntax } from "@/lib/modules/standard/tnm";
import { context, lungCancer, physicians } from "./fixtures";

describe("basis of diagnosis", () => {
  it("uses the registry's codes 2–9 and maps each to its IARC code", () => {
    expect(BASIS_OF_DIAGNOSIS.values).toEqual(["2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(IARC_BASIS).toEqual({ "2": "7", "3": "6", "4": "5", "5": "2", "6": "1", "7": "4", "8": null, "9": "9" });
    expect(BASIS_OF_DIAGNOSIS.label("5")?.nl).toBe("5 – technisch onderzoek (bv. RX, endoscopie,…)");
  });

  it("counts histology, cytology and the molecular code 8 as microscopic, 5–7 as not, 9 as neither", () => {
    expect(BASIS_OF_DIAGNOSIS.values.filter(isMicroscopicBasis)).toEqual(["2", "3", "4", "8"]);
    expect(BASIS_OF_DIAGNOSIS.values.filter(isNonMicroscopicBasis)).toEqual(["5", "6", "7"]);
  });
});

describe("treatment code lists", () => {
  it("keeps the new diagnosis's list and the follow-up's older one apart", () => {
    expect(TREATMENT_CODES.values).toContain("16");
    expect(TREATMENT_CODES.values).not.toContain("15");
    expect(FOLLOW_UP_TREATMENT_CODES.values).toEqual(["10", "15", "20", "25", "30", "40", "50", "60", "70", "80", "90", "95"]);
  });
});

describe("RIZIV/INAMI numbers of the MOC physicians (one check: the person type's)", () => {
  const withRequester = (riziv: string) => ({ ...lungCancer, requester: { ...physicians.dubois, riziv } });
  const formatErrors = (riziv: string) => standardModule.validate(withRequester(riziv), context).filter((issue) => issue.ruleId === "A55-E00").map((issue) => issue.path);

  it.each([
    ["12345625003", "97 − (123456 mod 97) = 25"],
    ["12345676003", "89 − (123456 mod 89) = 76, the newer rule"],
    ["00019497123", "194 mod 97 = 0 → 97"],
  ])("accepts %s (%s)", (riziv) => {
    expect(standardModule.validate(withRequester(riziv), context).filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it.each([["12345626003"], ["1234562500"], ["123456250031"], ["12345625OO3"], [""]])("refuses %s at the field", (riziv) => {
    expect(formatErrors(riziv)).toEqual([expect.stringMatching(/^requester(\.riziv)?$/)]);
  });

  it("declares every MOC physician as a person of the hospital's list 'moc-participants'", () => {
    const persons = standardModule.form.sections.flatMap((section) => section.fields.flatMap((field) => (field.kind === "group" ? field.fields : [field]))).filter((field) => field.kind === "field" && field.type === "person");
    expect(persons.map((field) => field.key)).toEqual(["coordinatingPhysician", "requester", "coordinator", "physician", "extramural"]);
    expect(persons.every((field) => field.kind === "field" && field.list === "moc-participants")).toBe(true);
    expect(standardModule.personLists?.["moc-participants"]?.title.fr).toBe("Participants à la COM");
  });
});

describe("TNM syntax", () => {
  it.each([
    ["T", "T1c"], ["T", "Tis"], ["T", "Ta"], ["T", "T1mi"], ["T", "TX"], ["T", "T4d"], ["T", "T2(m)"], ["T", "Tis(DCIS)"],
    ["N", "N0"], ["N", "N1mi"], ["N", "N3c"], ["N", "N0(i+)"], ["N", "N1(sn)"], ["M", "M0"], ["M", "M1c"], ["M", "MX"],
  ] as const)("%s %s is UICC syntax", (letter, value) => expect(isTnmSyntax(letter, value)).toBe(true));

  it.each([["T", "T5"], ["T", "1c"], ["T", "T1e"], ["N", "N4"], ["N", "N1d"], ["M", "M2"], ["M", "M1e"], ["T", "T1(x)"]] as const)(
    "%s %s is not",
    (letter, value) => expect(isTnmSyntax(letter, value)).toBe(false),
  );
});

describe("MOC attestation", () => {
  it("cites the nomenclature services in every language", async () => {
    const { MOC_ATTESTATION } = await import("@/lib/modules/standard/codes");
    for (const text of Object.values(MOC_ATTESTATION)) expect(text).toContain("350276-350280, 350291-350302");
    expect(new Set(Object.values(MOC_ATTESTATION)).size).toBe(4);
  });
});
