import { describe, expect, it } from "vitest";
import { getIcdo3Tables, getPickerList, searchEntries } from "@/lib/icdo3";
import { parseSynonyms } from "@/lib/icdo3/parse";
import { getTranslatedLabels, LABEL_LANGUAGES } from "@/lib/icdo3/tables";

const codes = (list: ReturnType<typeof getPickerList>, query: string, limit = 20) =>
  searchEntries(list, query, limit).map((entry) => entry.code);

describe("ICD-O-3 labels in Dutch, French and German", () => {
  it.each(LABEL_LANGUAGES)("translates every topography code and site group in %s", (language) => {
    const labels = getTranslatedLabels(language);
    const { topography } = getIcdo3Tables();
    const missing = topography.filter((entry) => !labels.topography.get(entry.code)?.trim()).map((entry) => entry.code);
    expect(missing).toEqual([]);
    const sites = new Set(topography.map((entry) => entry.code.slice(1, 3)));
    expect([...sites].filter((site) => !labels.topographyGroups.get(site))).toEqual([]);
    // No translated file may name a code the reference does not have.
    expect([...labels.topography.keys()].filter((code) => !topography.some((entry) => entry.code === code))).toEqual([]);
    expect([...labels.morphology.keys()].filter((code) => !getIcdo3Tables().morphologyCodes.has(code))).toEqual([]);
  });

  it("shows labels in the UI language with the English one as reference", () => {
    const nl = getPickerList("topography", "nl").find((entry) => entry.code === "C34.9");
    const fr = getPickerList("topography", "fr").find((entry) => entry.code === "C34.9");
    expect(nl).toMatchObject({ label: "Long, NNO", group: "Bronchus en long", reference: "Lung, NOS BRONCHUS AND LUNG" });
    expect(fr).toMatchObject({ label: "Poumon, SAI", group: "Bronches et poumon" });
    expect(getPickerList("morphology", "nl").find((entry) => entry.code === "8140/3")?.label).toBe("Adenocarcinoom, NNO");
    expect(getPickerList("morphology", "fr").find((entry) => entry.code === "8070/3")?.label).toBe("Carcinome épidermoïde, SAI");
  });

  it("falls back to the English label where no translation is written (German morphology, rare codes)", () => {
    const untranslated = getPickerList("morphology", "nl").find((entry) => entry.code === "8004/3");
    expect(untranslated?.label).toBe("Malignant tumor, spindle cell type");
    expect(untranslated?.reference).toBeUndefined();
    expect(getPickerList("topography", "de").find((entry) => entry.code === "C34.9")).toMatchObject({ label: "Lunge, o.n.A.", group: "Bronchus und Lunge" });
    expect(getPickerList("morphology", "de").find((entry) => entry.code === "8140/3")?.label).toBe("Adenocarcinoma, NOS");
    expect(codes(getPickerList("morphology", "de"), "Adenokarzinom", 400)).toContain("8140/3");
    expect(codes(getPickerList("topography", "de"), "Brust")[0]).toBe("C50.0");
    expect(getPickerList("topography", "en").find((entry) => entry.code === "C34.9")?.reference).toBeUndefined();
  });
});

describe("searching ICD-O-3 in several languages", () => {
  const topographyNl = getPickerList("topography", "nl");
  const topographyFr = getPickerList("topography", "fr");
  const topographyEn = getPickerList("topography", "en");

  it.each([
    ["nl", "long"],
    ["nl", "poumon"],
    ["nl", "borst"],
    ["fr", "long"],
    ["fr", "poumon"],
    ["fr", "borst"],
  ] as const)("in %s, “%s” finds a site first, lung or breast", (locale, query) => {
    const list = locale === "nl" ? topographyNl : topographyFr;
    const found = codes(list, query);
    const site = query === "borst" ? "C50" : "C34";
    expect(found[0]?.startsWith(site)).toBe(true);
    expect(found).toContain(`${site}.9`);
  });

  it("ranks the Dutch lung above the English ‘Long bones’ reference", () => {
    const found = codes(topographyNl, "long");
    const lastLung = Math.max(...found.map((code, index) => (code.startsWith("C34") ? index : -1)));
    const firstBone = found.findIndex((code) => code.startsWith("C40"));
    expect(lastLung).toBeGreaterThanOrEqual(0);
    if (firstBone >= 0) expect(firstBone).toBeGreaterThan(lastLung);
    // In English, "lung" still finds the lung and "long" the long bones.
    expect(codes(topographyEn, "lung")).toContain("C34.1");
    expect(codes(topographyEn, "long bones")).toContain("C40.0");
  });

  it("finds common sites by their everyday names in every language", () => {
    for (const list of [topographyNl, topographyFr, topographyEn]) {
      expect(codes(list, "sein")).toContain("C50.9");
      expect(codes(list, "prostaat")).toEqual(["C61.9"]);
      expect(codes(list, "prostate")).toEqual(["C61.9"]);
      expect(codes(list, "maag")).toContain("C16.9");
      expect(codes(list, "oesophage")).toContain("C15.9");
    }
    expect(codes(topographyNl, "bovenkwab long")).toEqual(["C34.1"]);
    expect(codes(topographyFr, "lobe supérieur poumon")).toEqual(["C34.1"]);
    expect(codes(topographyFr, "lobe superieur")).toContain("C34.1");
  });

  it("finds morphology families by Dutch, French and English words", () => {
    for (const locale of ["nl", "fr", "en"] as const) {
      const morphology = getPickerList("morphology", locale);
      expect(codes(morphology, "adenocarcinoom", 400)).toContain("8140/3");
      expect(codes(morphology, "adénocarcinome", 400)).toContain("8140/3");
      expect(codes(morphology, "adenocarcinoma", 400)).toContain("8140/3");
      expect(codes(morphology, "plaveiselcel", 100)).toContain("8070/3");
      expect(codes(morphology, "épidermoïde", 100)).toContain("8070/3");
      expect(codes(morphology, "epidermoide", 100)).toContain("8070/3");
      expect(codes(morphology, "squamous", 100)).toContain("8070/3");
    }
    expect(codes(getPickerList("morphology", "nl"), "adenocarcinoom nno")[0]).toBe("8140/3");
    expect(codes(getPickerList("morphology", "fr"), "carcinome épidermoïde sai").slice(0, 3)).toEqual(["8070/2", "8070/3", "8070/6"]);
  });

  it("gives carcinoma synonyms to malignant and in situ codes only", () => {
    const morphology = getPickerList("morphology", "nl");
    expect(codes(morphology, "adenocarcinoom", 400)).not.toContain("8140/0");
    expect(codes(morphology, "adenocarcinoom", 400)).toContain("8140/2");
  });

  it("keeps codes first and still searches by code", () => {
    expect(codes(topographyNl, "c34.1")[0]).toBe("C34.1");
    expect(codes(topographyFr, "C50")).toHaveLength(9);
    expect(codes(getPickerList("morphology", "fr"), "81403")[0]).toBe("8140/3");
  });

  // The figure that counts is in `npm run bench` (picker.keystroke); this only catches a blow-up.
  it("stays fast: a thousand searches over the morphology list take a few seconds at most, even on a busy machine", () => {
    const morphology = getPickerList("morphology", "fr");
    searchEntries(morphology, "warm up");
    const queries = ["a", "ad", "ade", "aden", "adeno", "carcinome", "épidermoïde", "8140", "lymphome b", "sarc"];
    const started = performance.now();
    for (let round = 0; round < 100; round += 1) for (const query of queries) searchEntries(morphology, query, 21);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("synonyms file", () => {
  it("parses site, code and histology range keys and skips comments", () => {
    expect(parseSynonyms("# note\nC34\tlong poumon\nC34.1\tbovenkwab\n8140-8389/2369\tadeno\n8170\tHCC\nbad\tx\n")).toEqual([
      { key: { topography: "C34" }, words: "long poumon" },
      { key: { topography: "C34.1" }, words: "bovenkwab" },
      { key: { histology: [8140, 8389], behaviours: "2369" }, words: "adeno" },
      { key: { histology: [8170, 8170] }, words: "HCC" },
    ]);
  });

  it("names only sites and codes that exist", () => {
    const { topography, synonyms } = getIcdo3Tables();
    for (const { key } of synonyms) {
      if ("topography" in key) expect(topography.some((entry) => entry.code.startsWith(key.topography)), key.topography).toBe(true);
    }
  });
});

describe("morphology family synonyms stay within the family", () => {
  const morphology = getPickerList("morphology", "nl");
  it("does not call a papillary carcinoma or a carcinoid squamous or adeno", () => {
    expect(codes(morphology, "plaveiselcel", 400)).not.toContain("8050/3");
    expect(codes(morphology, "adenocarcinoom", 400)).not.toContain("8240/3");
    // Labels with the word itself come first ("Plaveiselcel-intra-epitheliale neoplasie"), then the family.
    expect(codes(morphology, "plaveiselcel", 10)).toContain("8070/3");
    expect(codes(getPickerList("morphology", "fr"), "plaveiselcel", 5)).toEqual(["8052/2", "8052/3", "8070/2", "8070/3", "8070/6"]);
  });
});
