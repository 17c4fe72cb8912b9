import { describe, expect, it } from "vitest";
import { createDraftStore, isDraftNewer, type StorageLike } from "@/components/registration/draft-store";
import { domIdCandidates, fieldDomId, fieldDomIdCandidates } from "@/components/registration/field-dom-id";
import {
  checkFormat,
  compactValues,
  emptyItem,
  flattenFieldErrors,
  formatDate,
  formatNumber,
  formulaPaths,
  isCodeLike,
  isCalendarDate,
  normalizeCode,
  parseNumberInput,
  scopeAt,
  valuesEqual,
  visibleOptions,
} from "@/components/registration/form-values";
import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { RepeatableGroup } from "@/lib/modules/types";
import { srtForm } from "@/lib/modules/srt/fields";
import { BED10_FORMULA } from "@/lib/modules/srt/dose";

describe("fieldDomId", () => {
  it("derives a stable DOM id from a data path", () => {
    expect(fieldDomId("indication")).toBe("field-indication");
    expect(fieldDomId("plans.0.lesions.1.fractions")).toBe("field-plans-0-lesions-1-fractions");
    expect(fieldDomId("odd key.x")).toBe("field-odd_key-x");
  });

  it("lists the field, then its item and group, as focus fallbacks", () => {
    expect(fieldDomIdCandidates("plans.1.lesions.0.targetSite")).toEqual([
      "field-plans-1-lesions-0-targetSite",
      "field-plans-1-lesions-0",
      "field-plans-1-lesions",
      "field-plans-1",
      "field-plans",
    ]);
    expect(domIdCandidates("#field-plans-1-startDate")).toEqual(["field-plans-1-startDate", "field-plans-1", "field-plans"]);
    expect(domIdCandidates("#main")).toEqual([]);
  });
});

describe("number inputs", () => {
  it("read blanks as nothing, the decimal comma as a point, and anything else as NaN", () => {
    expect(parseNumberInput("")).toBeUndefined();
    expect(parseNumberInput("  ")).toBeUndefined();
    expect(parseNumberInput("12,5")).toBe(12.5);
    expect(parseNumberInput(" 54.25 ")).toBe(54.25);
    expect(parseNumberInput(",5")).toBe(0.5);
    expect(parseNumberInput("12.")).toBe(12);
    expect(parseNumberInput(7)).toBe(7);
    expect(parseNumberInput("1e3")).toBeNaN();
    expect(parseNumberInput("12,5,1")).toBeNaN();
    expect(parseNumberInput("abc")).toBeNaN();
  });
});

describe("format checks", () => {
  const dose = input({ id: "D4", key: "totalDoseGy", type: "decimal", label: t("", "", ""), decimals: 2, min: 0, max: 100 });
  const fractions = input({ id: "D5", key: "fractions", type: "integer", label: t("", "", ""), min: 1, max: 15 });
  const year = input({ id: "A6a", key: "previousRtYear", type: "year", label: t("", "", ""), min: 1900 });
  const date = input({ id: "C1", key: "startDate", type: "date", label: t("", "", "") });
  const comment = input({ id: "E1", key: "comments", type: "textarea", label: t("", "", ""), maxLength: 5 });
  const topography = input({ id: "B2", key: "topography", type: "topography", label: t("", "", "") });

  it("accept blanks: drafts may be incomplete", () => {
    for (const field of [dose, fractions, year, date, comment, topography]) {
      expect(checkFormat(field, undefined)).toBeNull();
      expect(checkFormat(field, "")).toBeNull();
    }
  });

  it("report what cannot be saved as typed", () => {
    expect(checkFormat(dose, Number.NaN)).toEqual({ key: "number" });
    expect(checkFormat(dose, 12.345)).toEqual({ key: "decimals", params: { decimals: 2 } });
    expect(checkFormat(dose, 0.1 + 0.2)).toBeNull();
    expect(checkFormat(dose, 120)).toEqual({ key: "max", params: { max: 100 } });
    expect(checkFormat(fractions, 2.5)).toEqual({ key: "integer" });
    expect(checkFormat(fractions, Number.NaN)).toEqual({ key: "integer" });
    expect(checkFormat(fractions, 0)).toEqual({ key: "min", params: { min: 1 } });
    expect(checkFormat(fractions, 5)).toBeNull();
    expect(checkFormat(year, 24)).toEqual({ key: "year" });
    expect(checkFormat(year, 1850)).toEqual({ key: "min", params: { min: 1900 } });
    expect(checkFormat(year, 2019)).toBeNull();
    expect(checkFormat(date, "2024-02-30")).toEqual({ key: "date" });
    expect(checkFormat(date, "2024-02-29")).toBeNull();
    expect(checkFormat(comment, "123456")).toEqual({ key: "tooLong", params: { max: 5 } });
    expect(checkFormat(topography, "C34.1")).toBeNull();
    expect(checkFormat(topography, "upper lobe")).toEqual({ key: "code" });
  });

  it("know real calendar days", () => {
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2024-12-31")).toBe(true);
    expect(isCalendarDate("2024-1-5")).toBe(false);
  });
});

describe("values", () => {
  it("are compacted before saving: blanks dropped, group items kept", () => {
    expect(
      compactValues({
        indication: "",
        mdtDate: "2024-01-02",
        previousRtYear: Number.NaN,
        trialId: null,
        concurrentSystemicTherapy: ["NONE", ""],
        warningConfirmation: false,
        plans: [{ startDate: "", lesions: [{}, { fractions: 3, totalDoseGy: undefined }] }],
      }),
    ).toEqual({
      mdtDate: "2024-01-02",
      concurrentSystemicTherapy: ["NONE"],
      warningConfirmation: false,
      plans: [{ lesions: [{}, { fractions: 3 }] }],
    });
  });

  it("compare deeply, ignoring key order", () => {
    expect(valuesEqual({ a: 1, b: [{ c: "x" }] }, { b: [{ c: "x" }], a: 1 })).toBe(true);
    expect(valuesEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(valuesEqual([1, 2], [2, 1])).toBe(false);
  });

  it("give a new plan its first lesion", () => {
    const plans = srtForm.sections.flatMap((section) => section.fields).find((field) => field.key === "plans");
    expect(plans?.kind).toBe("group");
    expect(emptyItem(plans as RepeatableGroup)).toEqual({ lesions: [{}] });
  });
});

describe("conditions and formulas over live values", () => {
  const nomenclature = srtForm.sections[0]?.fields.find((field) => field.key === "nomenclatureCode");

  it("offer only the options whose condition holds, keeping the current value's", () => {
    if (nomenclature?.kind !== "field") throw new Error("A2 missing");
    const offered = (values: unknown) =>
      visibleOptions(nomenclature.options, scopeAt(values, ""), (values as Record<string, unknown>).nomenclatureCode).map(
        (option) => option.value,
      );
    expect(offered({})).toEqual([]);
    expect(offered({ indication: "PRIMARY_TUMOUR" })).toEqual(["444636", "444640"]);
    expect(offered({ indication: "AVM", nomenclatureCode: "444636" })).toEqual(["444636", "444695", "444706"]);
  });

  it("read item fields relative to the item", () => {
    const values = { plans: [{ lesions: [{ totalDoseGy: 54, fractions: 3 }] }] };
    expect(scopeAt(values, "plans.0.lesions.0").item).toEqual({ totalDoseGy: 54, fractions: 3 });
    expect(formulaPaths(BED10_FORMULA, "plans.0.lesions.0")).toEqual([
      "plans.0.lesions.0.totalDoseGy",
      "plans.0.lesions.0.fractions",
    ]);
  });
});

describe("ICD-O-3 codes typed by hand", () => {
  it("are told apart from search words and normalised", () => {
    expect(isCodeLike("c341")).toBe(true);
    expect(isCodeLike("8140/3")).toBe(true);
    expect(isCodeLike("upper lobe")).toBe(false);
    expect(normalizeCode("topography", "c341")).toBe("C34.1");
    expect(normalizeCode("topography", "C34.1")).toBe("C34.1");
    expect(normalizeCode("topography", "c34")).toBe("C34");
    expect(normalizeCode("morphology", "81403")).toBe("8140/3");
    expect(normalizeCode("morphology", "8140/3")).toBe("8140/3");
  });
});

describe("shown values", () => {
  it("follow Belgian conventions in Dutch and French", () => {
    expect(formatNumber(18, "nl", 2)).toBe("18,00");
    expect(formatNumber(151.2, "en", 2)).toBe("151.20");
    expect(formatDate("2024-03-05", "fr")).toBe("05/03/2024");
  });
});

describe("react-hook-form errors", () => {
  it("are flattened to data paths", () => {
    const errors = {
      mdtDate: { type: "validate", message: "Enter a complete date.", ref: {} },
      plans: [undefined, { lesions: [{ fractions: { type: "validate", message: "Enter a whole number." } }] }],
    };
    expect(flattenFieldErrors(errors)).toEqual([
      { path: "mdtDate", message: "Enter a complete date." },
      { path: "plans.1.lesions.0.fractions", message: "Enter a whole number." },
    ]);
  });
});

describe("draft store", () => {
  function memoryStorage(): StorageLike & { data: Map<string, string> } {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key),
    };
  }

  it("keeps, reads and clears unsaved input under its key", () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, "wbcr:draft:u1:r1");
    expect(store.read()).toBeNull();
    expect(store.write({ indication: "AVM" }, 3, new Date("2025-01-02T10:00:00Z"))).toBe(true);
    expect(store.read()).toEqual({ values: { indication: "AVM" }, writtenAt: "2025-01-02T10:00:00.000Z", baseVersion: 3 });
    expect(createDraftStore(storage, "wbcr:draft:u1:r2").read()).toBeNull();
    store.clear();
    expect(storage.data.size).toBe(0);
  });

  it("drops unreadable leftovers and survives a refusing storage", () => {
    const storage = memoryStorage();
    storage.setItem("k", "{not json");
    expect(createDraftStore(storage, "k").read()).toBeNull();
    expect(storage.data.has("k")).toBe(false);
    const refusing: StorageLike = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    const store = createDraftStore(refusing, "k");
    expect(store.read()).toBeNull();
    expect(store.write({}, null)).toBe(false);
    expect(() => store.clear()).not.toThrow();
    expect(createDraftStore(null, "k").write({}, null)).toBe(false);
  });

  it("restores input typed on the version the form opens, not on an older one", () => {
    const draft = { values: {}, writtenAt: "2025-01-02T10:00:00.000Z", baseVersion: 3 };
    expect(isDraftNewer(draft, { version: 3 })).toBe(true);
    expect(isDraftNewer(draft, { version: 4 })).toBe(false);
    expect(isDraftNewer({ ...draft, baseVersion: null }, { savedAt: "2025-01-02T09:00:00.000Z" })).toBe(true);
    expect(isDraftNewer({ ...draft, baseVersion: null }, { savedAt: "2025-01-02T11:00:00.000Z" })).toBe(false);
    expect(isDraftNewer({ ...draft, baseVersion: null }, {})).toBe(true);
    expect(isDraftNewer({ ...draft, baseVersion: null }, { version: 2 })).toBe(false);
  });
});
