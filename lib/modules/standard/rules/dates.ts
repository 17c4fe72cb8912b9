import { datesAgainstBirth, clinicalRule, type ClinicalCheck } from "@/lib/clinical";
import { addYears, daysBetween, earliestBirthDate, toIsoDate } from "@/lib/modules/dates";
import { sendWindow } from "../send-window";
import { GENE_ROWS, NODE_ROWS, RECEPTOR_ROWS } from "../fields";
import type { StandardDraft, StandardFollowUp } from "../schema";
import { ageAt, eachTreatment, isBreast, isOperatedBreast, mocDiscussed, rule, type StandardRule } from "./helpers";

/** Date checks: future and before birth (A55-E05/E06), age, lateness, treatment dates. */

/** The visible dates of a new diagnosis, except the treatments' (A55-E41/W41 judge those). */
function diagnosisDates(data: StandardDraft): readonly string[] {
  // One list per combination of what shows, built once: two rules ask in every validation.
  const shape = `${isBreast(data)}|${isOperatedBreast(data)}|${mocDiscussed(data)}`;
  let paths = diagnosisDatePaths.get(shape);
  if (!paths) diagnosisDatePaths.set(shape, (paths = buildDiagnosisDates(data)));
  return paths;
}

const diagnosisDatePaths = new Map<string, readonly string[]>();

function buildDiagnosisDates(data: StandardDraft): string[] {
  const paths = ["incidenceDate"];
  if (isBreast(data)) {
    paths.push(
      ...RECEPTOR_ROWS.map((row) => `receptors.${row}.date`),
      "her2.ihc.date",
      "her2.status.date",
      ...GENE_ROWS.map((row) => `genes.${row}.date`),
      "markers.ki67.date",
      "markers.other.date",
    );
    if (isOperatedBreast(data)) paths.push(...NODE_ROWS.map((row) => `lymphNodes.${row}.date`));
  }
  if (mocDiscussed(data)) paths.push("coordinatingPhysicianDate", "mocDate");
  return paths;
}

const FOLLOW_UP_DATES = ["incidenceDate", "recurrenceDate"] as const;
const FOLLOW_UP_DATES_WITH_MOC = [...FOLLOW_UP_DATES, "coordinatingPhysicianDate", "mocDate"] as const;

function followUpDates(data: StandardFollowUp): readonly string[] {
  return mocDiscussed(data) ? FOLLOW_UP_DATES_WITH_MOC : FOLLOW_UP_DATES;
}

function onlyVariant<TData>(check: ClinicalCheck<TData>, variant: string): ClinicalCheck<TData> {
  return (data, context) => check(data, context).filter((finding) => finding.variant === variant).map((finding) => ({ path: finding.path, ...(finding.params ? { params: finding.params } : {}) }));
}

export function datesInFuture<TData extends StandardDraft | StandardFollowUp>(paths: (data: TData) => readonly string[]) {
  return clinicalRule<TData>("A55-E05", "error", "A date lies in the future.", onlyVariant(datesAgainstBirth<TData>({ dates: paths }), "future"));
}

export function datesBeforeBirth<TData extends StandardDraft | StandardFollowUp>(paths: (data: TData) => readonly string[]) {
  return clinicalRule<TData>("A55-E06", "error", "A date lies before the patient's birth.", onlyVariant(datesAgainstBirth<TData>({ dates: paths }), "beforeBirth"));
}

export const diagnosisDateInFuture = datesInFuture<StandardDraft>(diagnosisDates);
export const diagnosisDateBeforeBirth = datesBeforeBirth<StandardDraft>(diagnosisDates);
export const followUpDateInFuture = datesInFuture<StandardFollowUp>(followUpDates);
export const followUpDateBeforeBirth = datesBeforeBirth<StandardFollowUp>(followUpDates);

export const treatmentBeforeBirth: StandardRule = rule("A55-E41", "error", "A treatment starts before the patient's birth.", (data, context) =>
  [...eachTreatment(data)].flatMap(({ treatment, path }) => {
    const birth = earliestBirthDate(context.patient.birthDate);
    return birth && treatment.startDate && treatment.startDate < birth ? [{ path: `${path}.startDate`, params: { birthDate: birth } }] : [];
  }),
);

export const endBeforeStart: StandardRule = rule("A55-E42", "error", "A treatment ends before it starts (X47).", (data) =>
  [...eachTreatment(data)].flatMap(({ treatment, path }) =>
    treatment.startDate && treatment.endDate && treatment.endDate < treatment.startDate ? [{ path: `${path}.endDate`, params: { start: treatment.startDate } }] : [],
  ),
);

export const veryOldAtIncidence: StandardRule = rule("A55-W01", "warning", "The patient is over 100 years old on the incidence date.", (data, context) => {
  const age = ageAt(context, data.incidenceDate);
  return age !== undefined && age > 100 ? [{ path: "incidenceDate", params: { age } }] : [];
});

export const oldIncidence: StandardRule = rule("A55-W02", "warning", "The incidence date lies more than 5 years ago (a new diagnosis is expected).", (data, context) => {
  const limit = addYears(toIsoDate(context.today), -5);
  return data.incidenceDate && data.incidenceDate < limit ? [{ path: "incidenceDate", params: { limit } }] : [];
});

export const lateRegistration: StandardRule = rule("A55-W03", "warning", "Sent more than 6 months after the incidence date (expected between 4 and 6 months).", (data, context) => {
  const sent = toIsoDate(context.sendDate ?? context.today);
  if (!data.incidenceDate || data.incidenceDate > sent) return [];
  const due = sendWindow(data.incidenceDate)?.due;
  return due && sent > due ? [{ path: "incidenceDate", params: { due } }] : [];
});

export const earlyRegistration: StandardRule = rule("A55-I01", "information", "Sent less than 4 months after the incidence date (expected between 4 and 6 months).", (data, context) => {
  const sent = toIsoDate(context.sendDate ?? context.today);
  if (!data.incidenceDate || data.incidenceDate > sent) return [];
  const opens = sendWindow(data.incidenceDate)?.opens;
  return opens && sent < opens ? [{ path: "incidenceDate", params: { opens } }] : [];
});

export const treatmentInFuture: StandardRule = rule("A55-W41", "warning", "A treatment starts or ends in the future (planned treatment).", (data, context) => {
  const today = toIsoDate(context.today);
  return [...eachTreatment(data)].flatMap(({ treatment, path }) => [
    ...(treatment.startDate && treatment.startDate > today ? [{ path: `${path}.startDate` }] : []),
    ...(treatment.endDate && treatment.endDate > today ? [{ path: `${path}.endDate` }] : []),
  ]);
});

export const mocLongBeforeIncidence: StandardRule = rule("A55-W61", "warning", "The MOC date lies more than 30 days before the incidence date.", (data) => {
  if (!mocDiscussed(data) || !data.mocDate || !data.incidenceDate) return [];
  return daysBetween(data.mocDate, data.incidenceDate) > 30 ? [{ path: "mocDate", params: { incidenceDate: data.incidenceDate } }] : [];
});
