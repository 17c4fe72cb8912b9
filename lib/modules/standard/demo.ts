import type { ModuleDemo } from "@/lib/modules/types";
import { validRegistrations } from "./examples";
import type { StandardDraft } from "./schema";

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The latest treatment start or end date of new-diagnosis data, as a time value; null without one. */
export function lastTreatmentDay(formData: unknown): number | null {
  const treatments = (formData as { treatments?: { startDate?: unknown; endDate?: unknown }[] } | null)?.treatments;
  const days = (Array.isArray(treatments) ? treatments : [])
    .flatMap((row) => [row?.startDate, row?.endDate])
    .filter((day): day is string => typeof day === "string" && CALENDAR_DAY.test(day));
  return days.length ? Math.max(...days.map((day) => Date.parse(`${day}T00:00:00Z`))) : null;
}

export const standardDemo: ModuleDemo<StandardDraft> = {
  examples: Object.values(validRegistrations),
  lastDay: lastTreatmentDay,
  leftOpenInDrafts: ["whoPerformanceStatus", "grade", "mocDate"],
  /** A clinical trial without its EudraCT number (A55-W08): plausible for a trial without a medicine. */
  addWarning(formData) {
    formData.clinicalTrial = "YES";
    delete formData.trialNumber;
  },
};
