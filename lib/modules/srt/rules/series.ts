import type { RuleFinding } from "@/lib/modules/types";
import { NOMENCLATURE_PAIR } from "../codes";
import { firstStart, rule } from "./helpers";

/** EudraCT yyyy-nnnnnn-nn, or EU CT (CTR) yyyy-nnnnnn-nn-nn. */
const TRIAL_ID = /^\d{4}-\d{6}-\d{2}(?:-\d{2})?$/;

export const nomenclatureMismatch = rule(
  "SRT-E02",
  "error",
  "The nomenclature code does not belong to the service (code pair) of the indication.",
  (data) => {
    if (!data.indication || !data.nomenclatureCode) return [];
    const pair = NOMENCLATURE_PAIR[data.indication];
    if (pair.includes(data.nomenclatureCode)) return [];
    return [{ path: "nomenclatureCode", params: { code: data.nomenclatureCode, expected: pair.join(" / ") } }];
  },
);

export const mdtAfterFirstPlan = rule(
  "SRT-E06",
  "error",
  "The multidisciplinary consultation is dated after the start of the first plan.",
  (data) => {
    const start = firstStart(data);
    if (!data.mdtDate || !start || data.mdtDate <= start.date) return [];
    return [{ path: "mdtDate", params: { start: start.date } }];
  },
);

export const inconsistentTherapyOrTrial = rule(
  "SRT-E16",
  "error",
  "Systemic therapy 'none' is combined with another value, or a clinical trial has no valid EudraCT/EU CT number.",
  (data) => {
    const findings: RuleFinding[] = [];
    const therapies = data.concurrentSystemicTherapy ?? [];
    if (therapies.includes("NONE") && therapies.length > 1) {
      findings.push({ path: "concurrentSystemicTherapy", messageKey: "SRT-E16.none" });
    }
    if (data.clinicalTrial === "YES" && !TRIAL_ID.test(data.trialId ?? "")) {
      findings.push({ path: "trialId", messageKey: "SRT-E16.trialId" });
    }
    return findings;
  },
);
