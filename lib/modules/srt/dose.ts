import { evaluateFormula, roundTo } from "@/lib/modules/formula";
import type { Formula } from "@/lib/modules/types";

/**
 * Computed lesion values, shown in the form (D6, D9) and exported, never stored: a stored copy
 * could disagree with the dose and fractions it derives from.
 */

/** D6 = D4 / D5. */
export const DOSE_PER_FRACTION_FORMULA: Formula = {
  op: "/",
  args: [{ field: "totalDoseGy" }, { field: "fractions" }],
};

/** D9 = D4 × (1 + D6 / 10): biologically effective dose with α/β = 10 Gy. */
export const BED10_FORMULA: Formula = {
  op: "*",
  args: [
    { field: "totalDoseGy" },
    { op: "+", args: [1, { op: "/", args: [DOSE_PER_FRACTION_FORMULA, 10] }] },
  ],
};

export interface DoseInput {
  totalDoseGy?: number | undefined;
  fractions?: number | undefined;
}

function compute(formula: Formula, lesion: DoseInput): number | null {
  const value = evaluateFormula(formula, { root: lesion, item: lesion });
  return value === null ? null : roundTo(value, 2);
}

/** Dose per fraction in Gy, rounded to 2 decimals; null without dose or fractions. */
export function dosePerFraction(lesion: DoseInput): number | null {
  return compute(DOSE_PER_FRACTION_FORMULA, lesion);
}

/** BED10 in Gy, rounded to 2 decimals; null without dose or fractions. */
export function bed10(lesion: DoseInput): number | null {
  return compute(BED10_FORMULA, lesion);
}
