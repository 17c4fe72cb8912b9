/**
 * Moving the example registrations in time: the demo seed, the benchmark and the load test need
 * them recent (module rules may warn about registrations sent long after the care).
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

/**
 * The form data moved so that its last day (as the module's demo declaration finds it, a time
 * value; null without one) lies `daysAgo` days before `now`.
 */
export function movedToDaysAgo<T>(formData: T, lastDay: (data: T) => number | null, daysAgo: number, now: Date): T {
  const end = lastDay(formData);
  if (end === null) return formData;
  return shiftDates(formData, Math.floor((now.getTime() - end) / DAY_MS) - daysAgo);
}
