import { describe, expect, it } from "vitest";
import { parseFamilyNames, parseLookupKeys, parseMorphFamilies, parseMorphology, parseTopography } from "@/lib/icdo3/parse";

describe("ICD-O-3 file parsers", () => {
  it("reads topography groups and codes", () => {
    const entries = parseTopography("00\tLIP\n000\tExternal upper lip\r\n34\tBRONCHUS AND LUNG\n341\tUpper lobe, lung\n");
    expect(entries).toEqual([
      { code: "C00.0", label: "External upper lip", group: "LIP" },
      { code: "C34.1", label: "Upper lobe, lung", group: "BRONCHUS AND LUNG" },
    ]);
  });

  it("reads morphology codes with behaviour and skips the header", () => {
    expect(parseMorphology("Column 1\tColumn 2\n81403\tAdenocarcinoma, NOS\n")).toEqual([
      { code: "8140/3", label: "Adenocarcinoma, NOS" },
    ]);
  });

  it("reads morphological families, ignoring comments after a slash", () => {
    const families = parseMorphFamilies("8000***\n8170+07 / hepatocellular\r\n8004-01\n");
    expect([...families]).toEqual([
      ["8000", "***"],
      ["8170", "+07"],
      ["8004", "-01"],
    ]);
  });

  it("keeps family name numbering by line", () => {
    expect(parseFamilyNames("Salivary gland tumours\nStomach tumours")).toEqual(["Salivary gland tumours", "Stomach tumours"]);
  });

  it("reads lookup keys from CRLF files", () => {
    expect([...parseLookupKeys("07C22*\r\n11C398\r\n")]).toEqual(["07C22*", "11C398"]);
  });
});
