import type { RuleFinding } from "@/lib/modules/types";
import { dosePerFraction } from "../dose";
import type { SrtLesion } from "../schema";
import { eachLesion, rule } from "./helpers";

/** Nomenclature: at least 6 Gy per fraction; extracerebral oligometastases: at most 5 lesions. */
const MIN_DOSE_PER_FRACTION = 6;
const MAX_OLIGOMETASTASES = 5;
const MAX_TOTAL_DOSE = 100;
const MAX_FRACTIONS = 15;
const HIGH_DOSE_PER_FRACTION = 30;
const MANY_FRACTIONS = 10;

const doseInRange = (dose: number | undefined): dose is number => dose !== undefined && dose > 0 && dose <= MAX_TOTAL_DOSE;
const fractionsInRange = (fractions: number | undefined): fractions is number =>
  fractions !== undefined && Number.isInteger(fractions) && fractions >= 1 && fractions <= MAX_FRACTIONS;

/**
 * Dose per fraction as shown in the form (2 decimals), so a message never contradicts the
 * screen; only for plausible dose and fractions, which SRT-E09 reports otherwise.
 */
function shownDosePerFraction(lesion: SrtLesion): number | null {
  if (!doseInRange(lesion.totalDoseGy) || !fractionsInRange(lesion.fractions)) return null;
  return dosePerFraction(lesion);
}

export const notStereotacticDose = rule(
  "SRT-E08",
  "error",
  "Dose per fraction below 6 Gy (not stereotactic in the nomenclature's sense).",
  (data) =>
    [...eachLesion(data)].flatMap(({ lesion, path }) => {
      const value = shownDosePerFraction(lesion);
      if (value === null || value >= MIN_DOSE_PER_FRACTION) return [];
      return [{ path: `${path}.dosePerFractionGy`, params: { value, min: MIN_DOSE_PER_FRACTION } }];
    }),
);

export const doseOrFractionsOutOfRange = rule(
  "SRT-E09",
  "error",
  "Total dose not in (0, 100] Gy or number of fractions not in 1..15.",
  (data) =>
    [...eachLesion(data)].flatMap(({ lesion, path }) => {
      const findings: RuleFinding[] = [];
      if (lesion.totalDoseGy !== undefined && !doseInRange(lesion.totalDoseGy)) {
        findings.push({ path: `${path}.totalDoseGy`, messageKey: "SRT-E09.dose", params: { value: lesion.totalDoseGy } });
      }
      if (lesion.fractions !== undefined && !fractionsInRange(lesion.fractions)) {
        findings.push({ path: `${path}.fractions`, messageKey: "SRT-E09.fractions", params: { value: lesion.fractions } });
      }
      return findings;
    }),
);

export const tooManyOligometastases = rule(
  "SRT-E10",
  "error",
  "Oligometastases: more than 5 treated lesions over all plans.",
  (data) => {
    if (data.indication !== "OLIGOMETASTASES") return [];
    const lesions = [...eachLesion(data)];
    const first = lesions[MAX_OLIGOMETASTASES];
    if (!first) return [];
    // Reported on the lesion list of the plan where the limit is crossed.
    return [{ path: `plans.${first.planIndex}.lesions`, params: { count: lesions.length, max: MAX_OLIGOMETASTASES } }];
  },
);

export const unusualFractionation = rule(
  "SRT-W04",
  "warning",
  "Dose per fraction above 30 Gy, or more than 10 fractions.",
  (data) =>
    [...eachLesion(data)].flatMap(({ lesion, path }) => {
      const findings: RuleFinding[] = [];
      const value = shownDosePerFraction(lesion);
      if (value !== null && value > HIGH_DOSE_PER_FRACTION) {
        findings.push({
          path: `${path}.dosePerFractionGy`,
          messageKey: "SRT-W04.dosePerFraction",
          params: { value, max: HIGH_DOSE_PER_FRACTION },
        });
      }
      // Above 15 fractions SRT-E09 already blocks; no second message for the same value.
      if (fractionsInRange(lesion.fractions) && lesion.fractions > MANY_FRACTIONS) {
        findings.push({
          path: `${path}.fractions`,
          messageKey: "SRT-W04.fractions",
          params: { value: lesion.fractions, max: MANY_FRACTIONS },
        });
      }
      return findings;
    }),
);

export const manyMetastases = rule(
  "SRT-W06",
  "warning",
  "Oligometastases: more than 5 known metastatic lesions.",
  (data) => {
    const count = data.totalMetastaticLesions;
    if (data.indication !== "OLIGOMETASTASES" || count === undefined || count <= MAX_OLIGOMETASTASES) return [];
    return [{ path: "totalMetastaticLesions", params: { count, max: MAX_OLIGOMETASTASES } }];
  },
);
