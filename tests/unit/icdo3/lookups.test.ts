import { describe, expect, it } from "vitest";
import {
  behaviourOf,
  checkTopographyMorphology,
  getIcdo3Tables,
  getPickerList,
  isMorphology,
  isPairedSite,
  isTopography,
  PAIRED_TOPOGRAPHIES,
  searchEntries,
  searchMorphology,
  searchTopography,
  topographySite,
} from "@/lib/icdo3";

describe("ICD-O-3 tables", () => {
  it("loads every code of the shipped files once", () => {
    const tables = getIcdo3Tables();
    expect(tables.topography).toHaveLength(331);
    expect(tables.morphology.length).toBeGreaterThan(1000);
    expect(tables.familyNames).toHaveLength(70);
    expect(getIcdo3Tables()).toBe(tables);
  });
});

describe("isTopography / isMorphology", () => {
  it.each(["C34.1", "C80.9", "C00.0", "C22.0", "C71.9"])("%s exists", (code) => {
    expect(isTopography(code)).toBe(true);
  });

  it.each(["C99.9", "C34", "C341", "c34.1", "34.1", "C34.7", ""])("%s does not", (code) => {
    expect(isTopography(code)).toBe(false);
  });

  it.each(["8140/3", "8170/3", "9560/0", "8000/6"])("%s exists", (code) => {
    expect(isMorphology(code)).toBe(true);
  });

  it.each(["8140/7", "81403", "8140", "8888/3", "9999/9", ""])("%s does not", (code) => {
    expect(isMorphology(code)).toBe(false);
  });

  it("splits codes into site and behaviour", () => {
    expect(topographySite("C53.9")).toBe(53);
    expect(behaviourOf("8140/3")).toBe("3");
    expect(behaviourOf("8140")).toBeUndefined();
  });
});

describe("checkTopographyMorphology (IARC MorphFam / Must / MustNot)", () => {
  it("hepatocellular carcinoma is likely in the liver only ('must' family 07)", () => {
    expect(checkTopographyMorphology("C22.0", "8170/3")).toEqual({ likely: true });
    expect(checkTopographyMorphology("C34.1", "8170/3")).toEqual({ likely: false, family: "Liver tumours" });
  });

  it("matches a 'must' family by exact subsite (11C398) as well as by site (11C34*)", () => {
    expect(checkTopographyMorphology("C39.8", "8046/3")).toEqual({ likely: true });
    expect(checkTopographyMorphology("C34.9", "8046/3")).toEqual({ likely: true });
    expect(checkTopographyMorphology("C39.0", "8046/3")).toEqual({ likely: false, family: "Lung tumours" });
  });

  it("a 'must not' family is unlikely only at its listed sites, named from line 63 + N", () => {
    // 8004-01: family 01 must not be haematopoietic sites (01C42*), "Not haematopoietic tumours".
    expect(checkTopographyMorphology("C42.1", "8004/3")).toEqual({ likely: false, family: "Not haematopoietic tumours" });
    expect(checkTopographyMorphology("C34.1", "8004/3")).toEqual({ likely: true });
    // 8140-02: adenocarcinoma is unlikely in the brain (02C71*), "Not site-specific carcinomas".
    expect(checkTopographyMorphology("C71.0", "8140/3")).toEqual({ likely: false, family: "Not site-specific carcinomas" });
  });

  it("morphologies without site expectation (***) are likely anywhere", () => {
    expect(checkTopographyMorphology("C71.0", "8000/3")).toEqual({ likely: true });
  });

  it("leaves malformed or unknown codes to the existence check", () => {
    expect(checkTopographyMorphology("C34", "8170/3")).toEqual({ likely: true });
    expect(checkTopographyMorphology("C34.1", "1234/3")).toEqual({ likely: true });
  });
});

describe("search", () => {
  it("finds topography by code, exact match first", () => {
    const codes = searchTopography("C34.1", 5).map((entry) => entry.code);
    expect(codes[0]).toBe("C34.1");
    expect(searchTopography("c34", 10).map((entry) => entry.code)).toEqual(["C34.0", "C34.1", "C34.2", "C34.3", "C34.8", "C34.9"]);
  });

  it("finds topography by label words, case-insensitive, and by group label", () => {
    expect(searchTopography("UPPER LOBE", 10).map((entry) => entry.code)).toContain("C34.1");
    expect(searchTopography("stomach", 20).map((entry) => entry.code)).toContain("C16.0");
    expect(searchTopography("lung upper", 10).map((entry) => entry.code)).toEqual(["C34.1"]);
  });

  it("finds morphology by code with or without slash, and by label", () => {
    expect(searchMorphology("8140/3", 3)[0]).toEqual({ code: "8140/3", label: "Adenocarcinoma, NOS" });
    expect(searchMorphology("81403", 3)[0]?.code).toBe("8140/3");
    expect(searchMorphology("hepatocellular", 10).map((entry) => entry.code)).toContain("8170/3");
  });

  it("respects the limit and ignores empty queries", () => {
    expect(searchMorphology("carcinoma", 7)).toHaveLength(7);
    expect(searchTopography("   ", 10)).toEqual([]);
    expect(searchTopography("xyzzy", 10)).toEqual([]);
  });

  it("gives the browser a plain list it can search the same way", () => {
    const list = getPickerList("topography");
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
    expect(list).toContainEqual({
      code: "C80.9",
      label: "Unknown primary site",
      group: "UNKNOWN PRIMARY SITE",
      terms: "onbekend primair inconnu primitif unknown primary CUP unbekannt",
    });
    expect(searchEntries(list, "c80", 5).map((entry) => entry.code)).toEqual(["C80.9"]);
    expect(getPickerList("morphology")).toContainEqual(expect.objectContaining({ code: "8140/3", label: "Adenocarcinoma, NOS" }));
  });
});

describe("paired sites", () => {
  it("lists only existing topography codes", () => {
    for (const code of PAIRED_TOPOGRAPHIES) expect(isTopography(code), code).toBe(true);
  });

  it("knows lung and breast are paired, prostate is not", () => {
    expect(isPairedSite("C34.1")).toBe(true);
    expect(isPairedSite("C50.9")).toBe(true);
    expect(isPairedSite("C61.9")).toBe(false);
  });
});
