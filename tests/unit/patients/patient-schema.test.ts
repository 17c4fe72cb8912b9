import { describe, expect, it } from "vitest";
import { ZPatientIdentification } from "@/lib/patients/patient-schema";

describe("ZPatientIdentification (draft shape)", () => {
  it("accepts an empty draft", () => {
    expect(ZPatientIdentification.parse({})).toEqual({});
  });

  it("accepts a complete block and trims text", () => {
    const parsed = ZPatientIdentification.parse({
      identificationPath: "INSZ",
      insz: " 85.07.30-033.28 ",
      lastName: "Peeters ",
      sex: "M",
      insurerCode: "100",
    });
    expect(parsed).toEqual({ identificationPath: "INSZ", insz: "85.07.30-033.28", lastName: "Peeters", sex: "M", insurerCode: "100" });
  });

  it("accepts an untouched sex select", () => {
    expect(ZPatientIdentification.safeParse({ sex: "" }).success).toBe(true);
  });

  it("refuses values out of shape: too long, unknown path, unknown sex, not a string", () => {
    expect(ZPatientIdentification.safeParse({ lastName: "x".repeat(101) }).success).toBe(false);
    expect(ZPatientIdentification.safeParse({ identificationPath: "SOMETHING" }).success).toBe(false);
    expect(ZPatientIdentification.safeParse({ sex: "X" }).success).toBe(false);
    expect(ZPatientIdentification.safeParse({ insz: 85073003328 }).success).toBe(false);
  });

  it("reports the field of a length problem", () => {
    const result = ZPatientIdentification.safeParse({ country: "BEL" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["country"]);
  });

  it("drops keys that are not patient fields", () => {
    expect(ZPatientIdentification.parse({ lastName: "A", isAdmin: true })).toEqual({ lastName: "A" });
  });
});
