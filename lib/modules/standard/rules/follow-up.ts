import type { StandardFollowUp } from "../schema";
import { FOLLOW_UP_EXCLUSIVE_CODES } from "../codes";
import { otherWithoutComment } from "./treatments";
import { rule, type FollowUpRule } from "./helpers";

/** Vervolg 3: the follow-up's own checks. */

export const recurrenceWithoutInterval: FollowUpRule = rule("A55-E70", "error", "A recurrence date or type given while there was no disease-free interval.", (data) => {
  if (data.diseaseFreeInterval !== "NO") return [];
  return [
    ...(data.recurrenceDate ? [{ path: "recurrenceDate" }] : []),
    ...((data.recurrenceTypes?.length ?? 0) > 0 ? [{ path: "recurrenceTypes" }] : []),
  ];
});

export const recurrenceNotAfterIncidence: FollowUpRule = rule("A55-E71", "error", "The first recurrence is not after the incidence date.", (data) => {
  const { incidenceDate, recurrenceDate } = data;
  if (!incidenceDate || !recurrenceDate) return [];
  // A year alone is compared by its year: a recurrence in an earlier year is certainly wrong.
  const known = recurrenceDate.slice(0, incidenceDate.length);
  const wrong = incidenceDate.length === 4 ? known < incidenceDate : recurrenceDate <= incidenceDate;
  return wrong ? [{ path: "recurrenceDate", params: { incidenceDate } }] : [];
});

export const planOtherWithoutComment = otherWithoutComment<StandardFollowUp>((data) => data.treatmentPlan, "treatmentPlan");

export const exclusivePlanCombined: FollowUpRule = rule("A55-W72", "warning", "90 (no therapy) or 95 (refused) combined with another code in the plan.", (data) => {
  const plan = data.treatmentPlan ?? [];
  const codes = new Set(plan.map((row) => row.code).filter(Boolean));
  if (codes.size < 2) return [];
  return plan.flatMap((row, index) => (row.code && FOLLOW_UP_EXCLUSIVE_CODES.includes(row.code) ? [{ path: `treatmentPlan.${index}.code`, params: { code: row.code } }] : []));
});

export const recurrenceReasonWithoutInterval: FollowUpRule = rule("A55-W73", "warning", "MOC reason ‘recurrence’ while there was no disease-free interval.", (data) =>
  data.diseaseFreeInterval === "NO" && data.mocReasons?.includes("RECURRENCE") ? [{ path: "mocReasons" }] : [],
);
