import { describe, expect, it } from "vitest";
import { rootScope } from "@/lib/modules/conditions";
import { findField } from "@/lib/modules/walk";
import { srtForm } from "@/lib/modules/srt/fields";
import type { InputField } from "@/lib/modules/types";
import { EMPTY, formatFieldValue, formatIsoDate, formatNumber, formatTimestamp } from "@/lib/pdf/format-values";
import { pdfTexts } from "@/lib/pdf/pdf-texts";

function field(path: string): InputField {
  const found = findField(srtForm, path)?.field;
  if (found?.kind !== "field") throw new Error(`no input field at ${path}`);
  return found;
}

describe("PDF value formatting", () => {
  it("writes dates as dd/mm/yyyy, partial birth dates with what is known", () => {
    expect(formatIsoDate("2024-11-04")).toBe("04/11/2024");
    expect(formatIsoDate("1969-03")).toBe("03/1969");
    expect(formatIsoDate("1969-03-00")).toBe("03/1969");
    expect(formatIsoDate("1969")).toBe("1969");
    expect(formatIsoDate("yesterday")).toBe("yesterday");
  });

  it("writes moments in Belgian time, summer and winter", () => {
    expect(formatTimestamp(new Date("2025-01-15T23:30:00Z"))).toBe("16/01/2025 00:30");
    expect(formatTimestamp(new Date("2025-07-01T08:05:00Z"))).toBe("01/07/2025 10:05");
  });

  it("uses the language's decimal separator and no grouping", () => {
    expect(formatNumber(11.25, "nl")).toBe("11,25");
    expect(formatNumber(11.25, "fr")).toBe("11,25");
    expect(formatNumber(11.25, "en")).toBe("11.25");
    expect(formatNumber(2021, "nl")).toBe("2021");
    expect(formatNumber(Number.NaN, "en")).toBe(EMPTY);
  });

  it("shows options by label, lists multiselects, evaluates computed fields", () => {
    const texts = pdfTexts.fr;
    expect(formatFieldValue(field("indication"), "AVM", rootScope({}), "fr", texts)).toBe("Malformation artérioveineuse (MAV)");
    expect(formatFieldValue(field("indication"), "SOMETHING_OLD", rootScope({}), "fr", texts)).toBe("SOMETHING_OLD");
    expect(formatFieldValue(field("concurrentSystemicTherapy"), ["CHEMOTHERAPY", "OTHER"], rootScope({}), "fr", texts)).toBe(
      "Chimiothérapie, Autre",
    );
    expect(formatFieldValue(field("concurrentSystemicTherapy"), [], rootScope({}), "fr", texts)).toBe(EMPTY);
    // SRT has no checkbox since E2 went (warnings are confirmed on the summary): a checkbox of its own.
    const checkbox: InputField = { kind: "field", id: "X1", key: "checked", type: "checkbox", label: field("indication").label, required: false };
    expect(formatFieldValue(checkbox, true, rootScope({}), "fr", texts)).toBe("Oui");
    expect(formatFieldValue(field("previousRtYear"), 2021, rootScope({}), "fr", texts)).toBe("2021");
    const lesion = { totalDoseGy: 20, fractions: 3 };
    const scope = { root: { plans: [{ lesions: [lesion] }] }, item: lesion };
    expect(formatFieldValue(field("plans.0.lesions.0.dosePerFractionGy"), undefined, scope, "fr", texts)).toBe("6,67 Gy");
    expect(formatFieldValue(field("plans.0.lesions.0.totalDoseGy"), 20, scope, "en", texts)).toBe("20 Gy");
    const noFractions = { totalDoseGy: 20 };
    expect(formatFieldValue(field("plans.0.lesions.0.bed10Gy"), undefined, { root: {}, item: noFractions }, "en", texts)).toBe(EMPTY);
  });

  it("prints free text and unexpected shapes as text, never as anything else", () => {
    const texts = pdfTexts.en;
    expect(formatFieldValue(field("comments"), "<b>{x}</b>\\n", rootScope({}), "en", texts)).toBe("<b>{x}</b>\\n");
    expect(formatFieldValue(field("comments"), "   ", rootScope({}), "en", texts)).toBe(EMPTY);
    expect(formatFieldValue(field("comments"), { image: "/etc/passwd" }, rootScope({}), "en", texts)).toBe('{"image":"/etc/passwd"}');
  });
});
