/**
 * Moving the example registrations in time: the demo seed, the benchmark and the load test need
 * them recent (SRT-W08 warns about registrations sent long after the treatment).
 */
const DAY_MS = 86_400_000;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every yyyy-mm-dd string anywhere in `value`, moved by `days` (a copy; `value` is untouched). */
export function shiftDates<T>(value: T, days: number): T {
  if (typeof value === "string" && CALENDAR_DAY.test(value)) {
    return new Date(Date.parse(`${value}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10) as T;
  }
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, days)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shiftDates(inner, days)])) as T;
  }
  return value;
}

/** The latest plan end date of SRT form data, as a time value; null without one. */
export function lastPlanEnd(formData: unknown): number | null {
  const plans = (formData as { plans?: { endDate?: unknown }[] } | null)?.plans;
  const ends = (Array.isArray(plans) ? plans : []).map((plan) => plan?.endDate).filter((end): end is string => typeof end === "string" && CALENDAR_DAY.test(end));
  return ends.length ? Math.max(...ends.map((end) => Date.parse(`${end}T00:00:00Z`))) : null;
}

/** The form data moved so that its last plan ended `daysAgo` days before `now`. */
export function endedDaysAgo<T>(formData: T, daysAgo: number, now: Date): T {
  const end = lastPlanEnd(formData);
  if (end === null) return formData;
  return shiftDates(formData, Math.floor((now.getTime() - end) / DAY_MS) - daysAgo);
}
