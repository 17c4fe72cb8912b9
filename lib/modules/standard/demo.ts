import type { ModuleDemo } from "@/lib/modules/types";
import { validFollowUps, validRegistrations } from "./examples";
import type { StandardDraft } from "./schema";

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

const latest = (days: unknown[]): number | null => {
  const calendar = days.filter((day): day is string => typeof day === "string" && CALENDAR_DAY.test(day));
  return calendar.length ? Math.max(...calendar.map((day) => Date.parse(`${day}T00:00:00Z`))) : null;
};

/** The latest treatment start or end date of new-diagnosis data, as a time value; null without one. */
export function lastTreatmentDay(formData: unknown): number | null {
  const treatments = (formData as { treatments?: { startDate?: unknown; endDate?: unknown }[] } | null)?.treatments;
  return latest((Array.isArray(treatments) ? treatments : []).flatMap((row) => [row?.startDate, row?.endDate]));
}

/** A follow-up's last day: its recurrence or its MOC, whichever is later. */
export function lastFollowUpDay(formData: unknown): number | null {
  const data = formData as { recurrenceDate?: unknown; mocDate?: unknown } | null;
  return latest([data?.recurrenceDate, data?.mocDate]);
}

/**
 * The patient an example is made for, as its sex checks see it: a prostate is a man's (A55-E107),
 * a breast cancer with menopausal status "not applicable" a man's (A55-W50 for a woman), with
 * another status a woman's (A55-E50 for a man). Anything else suits either.
 */
export function patientSexOf(data: StandardDraft): "M" | "F" | null {
  if (data.topography?.startsWith("C61")) return "M";
  if (data.topography?.startsWith("C50") && data.menopausalStatus) return data.menopausalStatus === "NOT_APPLICABLE" ? "M" : "F";
  return null;
}

export const standardDemo: ModuleDemo<StandardDraft> = {
  examples: Object.values(validRegistrations),
  patientSex: patientSexOf,
  followUps: { examples: Object.values(validFollowUps), lastDay: lastFollowUpDay },
  lastDay: lastTreatmentDay,
  leftOpenInDrafts: ["whoPerformanceStatus", "grade", "mocDate"],
  /** A clinical trial without its EudraCT number (A55-W08): plausible for a trial without a medicine. */
  addWarning(formData) {
    formData.clinicalTrial = "YES";
    delete formData.trialNumber;
  },
};
