/**
 * Canary for the decision in lib/patients/insz.ts not to use the stdnum package: it records where
 * stdnum 1.12 and the spec disagree. When a stdnum upgrade makes these fail, reconsider using it.
 */
import { stdnum } from "stdnum";
import { describe, expect, it } from "vitest";
import { parseInsz } from "@/lib/patients/insz";

const stdInsz = stdnum.BE?.insz;
if (!stdInsz) throw new Error("stdnum no longer exposes BE.insz: revisit lib/patients/insz.ts");

describe("stdnum be.insz against the spec examples", () => {
  it.each(["85073003328", "85073003427", "17073003384", "05031512466", "85273003371", "85473003416",
    "01490700185", "00000100166", "85073006197", "10010102297"])("agrees that %s is valid", (value) => {
    expect(stdInsz.validate(value).isValid).toBe(true);
    expect(parseInsz(value).ok).toBe(true);
  });

  it("rejects 69030000114 (day unknown), which the spec lists as valid", () => {
    expect(stdInsz.validate("69030000114").isValid).toBe(false);
    expect(parseInsz("69030000114").ok).toBe(true);
  });

  it("accepts 85073006100 (check 00 where the spec requires 97)", () => {
    expect(stdInsz.validate("85073006100").isValid).toBe(true);
    expect(parseInsz("85073006100").ok).toBe(false);
  });
});
