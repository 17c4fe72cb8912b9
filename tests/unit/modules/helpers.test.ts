import { describe, expect, it } from "vitest";
import { evaluateCondition, rootScope } from "@/lib/modules/conditions";
import { addYears, ageOn, daysBetween, earliestBirthDate, toIsoDate } from "@/lib/modules/dates";
import { evaluateFormula, roundTo } from "@/lib/modules/formula";
import { getAtPath, isEmptyValue } from "@/lib/modules/paths";

describe("conditions", () => {
  const data = { indication: "AVM", topography: "C50.1", therapies: ["CHEMOTHERAPY"], plans: [{ lesions: [{ site: "BRAIN" }] }] };
  const scope = rootScope(data);
  const inLesion = { root: data, item: data.plans[0]?.lesions[0] };

  it("compares, tests membership, prefixes and filled values", () => {
    expect(evaluateCondition({ field: "indication", equals: "AVM" }, scope)).toBe(true);
    expect(evaluateCondition({ field: "indication", in: ["BRAIN_BENIGN", "AVM"] }, scope)).toBe(true);
    expect(evaluateCondition({ field: "therapies", includes: "CHEMOTHERAPY" }, scope)).toBe(true);
    expect(evaluateCondition({ field: "topography", startsWith: ["C50"] }, scope)).toBe(true);
    expect(evaluateCondition({ field: "relapseDate", filled: false }, scope)).toBe(true);
    expect(evaluateCondition({ not: { all: [{ field: "indication", equals: "AVM" }, { any: [] }] } }, scope)).toBe(true);
  });

  it("reads relative to the group item, or from the root with a leading slash", () => {
    expect(evaluateCondition({ field: "site", equals: "BRAIN" }, inLesion)).toBe(true);
    expect(evaluateCondition({ field: "/indication", equals: "AVM" }, inLesion)).toBe(true);
    expect(evaluateCondition({ field: "indication", equals: "AVM" }, inLesion)).toBe(false);
  });
});

describe("formulas", () => {
  it("compute from fields and refuse missing operands or division by zero", () => {
    const formula = { op: "/", args: [{ field: "a" }, { field: "b" }] } as const;
    expect(evaluateFormula(formula, rootScope({ a: 9, b: 3 }))).toBe(3);
    expect(evaluateFormula(formula, rootScope({ a: 9 }))).toBeNull();
    expect(evaluateFormula(formula, rootScope({ a: 9, b: 0 }))).toBeNull();
  });

  it("round half away from zero despite binary fractions", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(6.666666, 2)).toBe(6.67);
    expect(roundTo(-2.345, 2)).toBe(-2.35);
  });
});

describe("dates", () => {
  it("take today's date in Belgium", () => {
    expect(toIsoDate(new Date("2024-12-31T23:30:00Z"))).toBe("2025-01-01");
    expect(toIsoDate(new Date("2024-06-30T21:59:00Z"))).toBe("2024-06-30");
  });

  it("add years, count days and ages", () => {
    expect(addYears("2024-02-29", -10)).toBe("2014-02-28");
    expect(daysBetween("2024-11-04", "2024-12-05")).toBe(31);
    expect(ageOn("2004-11-05", "2024-11-04")).toBe(19);
    expect(ageOn("2004-11-04", "2024-11-04")).toBe(20);
  });

  it("read partial birth dates from their earliest possible day", () => {
    expect(earliestBirthDate("1969-03-00")).toBe("1969-03-01");
    expect(earliestBirthDate("1969-03")).toBe("1969-03-01");
    expect(earliestBirthDate("1969-00-00")).toBe("1969-01-01");
    expect(earliestBirthDate("1969")).toBe("1969-01-01");
    expect(earliestBirthDate("0000-00-00")).toBeUndefined();
    expect(earliestBirthDate("unknown")).toBeUndefined();
    expect(earliestBirthDate(undefined)).toBeUndefined();
  });
});

describe("paths", () => {
  it("read nested values and treat blanks as empty", () => {
    expect(getAtPath({ plans: [{ startDate: "2024-11-04" }] }, "plans.0.startDate")).toBe("2024-11-04");
    expect(getAtPath({ plans: [] }, "plans.3.startDate")).toBeUndefined();
    expect(getAtPath({}, "constructor")).toBeUndefined();
    expect([undefined, null, "  ", Number.NaN, []].every(isEmptyValue)).toBe(true);
    expect([0, false, "x", ["a"]].some(isEmptyValue)).toBe(false);
  });
});
