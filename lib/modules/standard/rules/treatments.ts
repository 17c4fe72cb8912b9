import { daysBetween } from "@/lib/modules/dates";
import type { ModuleRule } from "@/lib/modules/types";
import { HSCT_CODES, NO_TREATMENT_CODES } from "../codes";
import type { StandardDraft } from "../schema";
import { eachTreatment, isBreast, parsedTumour, rule, type StandardRule } from "./helpers";

/** Items 10A and 10B: clinical trial and the treatment chronology (X40–X48). */

// EudraCT yyyy-nnnnnn-nn; EU CT (Regulation 536/2014) yyyy-5nnnnn-nn-nn.
const EUDRACT = /^(19|20)\d{2}-\d{6}-\d{2}$/;
const EU_CT = /^(20)\d{2}-5\d{5}-\d{2}-\d{2}$/;

export const trialNumberFormat: StandardRule = rule("A55-E16", "error", "EudraCT or EU CT number in the wrong format.", (data) =>
  data.clinicalTrial === "YES" && data.trialNumber && !EUDRACT.test(data.trialNumber) && !EU_CT.test(data.trialNumber) ? [{ path: "trialNumber", params: { value: data.trialNumber } }] : [],
);

export const trialWithoutNumber: StandardRule = rule("A55-W08", "warning", "Clinical trial without EudraCT or EU CT number (X46).", (data) =>
  data.clinicalTrial === "YES" && !data.trialNumber ? [{ path: "trialNumber" }] : [],
);

/** Code 80 ("other") needs its comment: both forms' treatment lists (X48). */
export function otherWithoutComment<TData>(list: (data: TData) => readonly { code?: string; comment?: string }[] | undefined, group: string): ModuleRule<TData> {
  return rule<TData>("A55-E43", "error", "Treatment code 80 (other) without a comment (X48).", (data) =>
    (list(data) ?? []).flatMap((row, index) => (row.code === "80" && !row.comment ? [{ path: `${group}.${index}.comment` }] : [])),
  );
}
export const treatmentOtherWithoutComment = otherWithoutComment<StandardDraft>((data) => data.treatments, "treatments");

export const diagnosisCodeOutsideBreast: StandardRule = rule("A55-W40", "warning", "Code 5 (diagnosis) is used for breast tumours only (X40).", (data) =>
  data.topography && !isBreast(data) ? [...eachTreatment(data)].filter(({ treatment }) => treatment.code === "5").map(({ path }) => ({ path: `${path}.code` })) : [],
);

export const notChronological: StandardRule = rule("A55-W141", "warning", "Rows not in chronological order of start date (X41).", (data) => {
  let latest: string | undefined;
  for (const { treatment, path } of eachTreatment(data)) {
    if (!treatment.startDate) continue;
    if (latest && treatment.startDate < latest) return [{ path: `${path}.startDate`, params: { previous: latest } }];
    latest = treatment.startDate;
  }
  return [];
});

export const treatmentLongBeforeIncidence: StandardRule = rule("A55-W142", "warning", "A row starts more than 30 days before the incidence date (X42).", (data) => {
  const incidence = data.incidenceDate;
  if (!incidence) return [];
  return [...eachTreatment(data)]
    .filter(({ treatment }) => treatment.startDate && daysBetween(treatment.startDate, incidence) > 30)
    .map(({ path }) => ({ path: `${path}.startDate`, params: { incidenceDate: incidence } }));
});

export const noTreatmentCombined: StandardRule = rule("A55-W143", "warning", "90 (no therapy), 95 (refused) or 99 (unknown) combined with a treatment (X43).", (data) => {
  const rows = [...eachTreatment(data)].filter(({ treatment }) => treatment.code && treatment.code !== "5");
  const exclusive = rows.filter(({ treatment }) => NO_TREATMENT_CODES.includes(treatment.code!));
  if (exclusive.length === 0 || rows.length === exclusive.length && new Set(exclusive.map(({ treatment }) => treatment.code)).size === 1) return [];
  return exclusive.map(({ path, treatment }) => ({ path: `${path}.code`, params: { code: treatment.code! } }));
});

export const hsctForSolidTumour: StandardRule = rule("A55-W144", "warning", "Stem-cell transplantation (16, 17) for a morphology below 9590 (X44).", (data) => {
  const { histology } = parsedTumour(data);
  if (histology === undefined || histology >= 9590) return [];
  return [...eachTreatment(data)].filter(({ treatment }) => treatment.code && HSCT_CODES.includes(treatment.code)).map(({ path }) => ({ path: `${path}.code`, params: { code: data.morphology ?? "" } }));
});
