import { clinicalRule, datesAgainstBirth } from "@/lib/clinical";
import { addYears, daysBetween, toIsoDate } from "@/lib/modules/dates";
import type { SrtDraft } from "../schema";
import { eachPlan, firstStart, hasTumourFields, isRelapse, rule } from "./helpers";

/** SRT registration exists since the nomenclature took effect on 1 January 2020. */
const SCOPE_START = "2020-01-01";
const MAX_PLAN_DAYS = 30;
const MAX_YEARS_SINCE_INCIDENCE = 10;

/** The visible date fields, for the rules that apply to every date. */
function visibleDatePaths(data: SrtDraft): string[] {
  const paths = ["mdtDate"];
  if (hasTumourFields(data)) paths.push("incidenceDate");
  if (isRelapse(data)) paths.push("relapseDate");
  for (const { path } of eachPlan(data)) paths.push(`${path}.startDate`, `${path}.endDate`);
  return paths;
}

export const startBeforeIncidence = rule(
  "SRT-E03",
  "error",
  "A plan starts before the incidence date of the primary tumour.",
  (data) => {
    const incidence = data.incidenceDate;
    if (!hasTumourFields(data) || !incidence) return [];
    return [...eachPlan(data)]
      .filter(({ plan }) => plan.startDate !== undefined && plan.startDate < incidence)
      .map(({ path }) => ({ path: `${path}.startDate`, params: { incidenceDate: incidence } }));
  },
);

export const endBeforeStart = rule("SRT-E04", "error", "A plan ends before it starts.", (data) =>
  [...eachPlan(data)]
    .filter(({ plan }) => plan.startDate && plan.endDate && plan.endDate < plan.startDate)
    .map(({ path }) => ({ path: `${path}.endDate` })),
);

export const dateOutOfLife = clinicalRule<SrtDraft>(
  "SRT-E05",
  "error",
  "A date lies in the future or before the patient's birth.",
  datesAgainstBirth({
    dates: visibleDatePaths,
    years: (data) => (data.previousRtSameRegion === "YES" ? ["previousRtYear"] : []),
  }),
);

export const startBeforeScope = rule(
  "SRT-E07",
  "error",
  "A plan starts before 1 January 2020, outside the SRT registration scope.",
  (data) =>
    [...eachPlan(data)]
      .filter(({ plan }) => plan.startDate !== undefined && plan.startDate < SCOPE_START)
      .map(({ path }) => ({ path: `${path}.startDate`, params: { scopeStart: SCOPE_START } })),
);

export const relapseBeforeIncidence = rule(
  "SRT-E15",
  "error",
  "The relapse date is earlier than the incidence date.",
  (data) => {
    if (!isRelapse(data) || !data.relapseDate || !data.incidenceDate) return [];
    return data.relapseDate < data.incidenceDate ? [{ path: "relapseDate" }] : [];
  },
);

export const longPlan = rule("SRT-W05", "warning", "A plan lasts more than 30 days.", (data) =>
  [...eachPlan(data)].flatMap(({ plan, path }) => {
    if (!plan.startDate || !plan.endDate) return [];
    const days = daysBetween(plan.startDate, plan.endDate);
    return days > MAX_PLAN_DAYS ? [{ path: `${path}.endDate`, params: { days, max: MAX_PLAN_DAYS } }] : [];
  }),
);

export const oldIncidence = rule(
  "SRT-W07",
  "warning",
  "The incidence date is more than 10 years before the first plan.",
  (data) => {
    const start = firstStart(data);
    if (!hasTumourFields(data) || !data.incidenceDate || !start) return [];
    const limit = addYears(start.date, -MAX_YEARS_SINCE_INCIDENCE);
    return data.incidenceDate < limit ? [{ path: "incidenceDate", params: { start: start.date } }] : [];
  },
);

export const lateRegistration = rule(
  "SRT-W08",
  "warning",
  "Sent after 30 June of the year following the first plan's start.",
  (data, context) => {
    const start = firstStart(data);
    if (!start) return [];
    const deadline = `${Number(start.date.slice(0, 4)) + 1}-06-30`;
    const sent = toIsoDate(context.sendDate ?? context.today);
    return sent > deadline ? [{ path: start.path, params: { deadline } }] : [];
  },
);
