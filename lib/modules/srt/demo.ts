/**
 * The module's demo declaration: its complete examples, the day the treatment ended (the seed,
 * the benchmark and the load test move examples in time around it, SRT-W08 warns about late
 * registrations) and the variations a demo draft may show.
 */
import { movedToDaysAgo } from "@/lib/demo/shift-dates";
import type { ModuleDemo } from "@/lib/modules/types";
import { validRegistrations } from "./examples";
import type { SrtDraft } from "./schema";

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The latest plan end date of SRT form data, as a time value; null without one. */
export function lastPlanEnd(formData: unknown): number | null {
  const plans = (formData as { plans?: { endDate?: unknown }[] } | null)?.plans;
  const ends = (Array.isArray(plans) ? plans : []).map((plan) => plan?.endDate).filter((end): end is string => typeof end === "string" && CALENDAR_DAY.test(end));
  return ends.length ? Math.max(...ends.map((end) => Date.parse(`${end}T00:00:00Z`))) : null;
}

/** The form data moved so that its last plan ended `daysAgo` days before `now`. */
export function endedDaysAgo<T>(formData: T, daysAgo: number, now: Date): T {
  return movedToDaysAgo(formData, lastPlanEnd, daysAgo, now);
}

export const srtDemo: ModuleDemo<SrtDraft> = {
  examples: Object.values(validRegistrations),
  lastDay: lastPlanEnd,
  leftOpenInDrafts: ["mdtDate", "treatmentIntent", "whoPerformanceStatus"],
  /** Twelve fractions of 7 Gy (SRT-W04: more than 10 fractions): plausible, but worth a check. */
  addWarning(formData) {
    const lesion = formData.plans?.[0]?.lesions?.[0];
    if (!lesion) return;
    lesion.fractions = 12;
    lesion.totalDoseGy = 84;
  },
};
