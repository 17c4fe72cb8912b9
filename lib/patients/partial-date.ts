/**
 * Birth dates in Belgian registers are often incomplete: the INSZ codes an unknown month or day
 * as 00, and some people have no known birth date at all. The patient page, the IdentifyPerson
 * service and the rules therefore share one "partial date" notion instead of `Date`, which cannot
 * say "March 1969, day unknown".
 *
 * Text form (what forms and the service carry): ISO `yyyy-mm-dd`, `yyyy-mm` or `yyyy`.
 */

export interface PartialDate {
  year?: number;
  /** 1–12; only present when `year` is. */
  month?: number;
  /** 1–31; only present when `month` is. */
  day?: number;
}

/** Days in a month of the proleptic Gregorian calendar (leap years per the 4/100/400 rule). */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the components form an existing calendar date (or a coherent partial one). */
export function isCoherentPartialDate(date: PartialDate): boolean {
  const { year, month, day } = date;
  if (year === undefined) return month === undefined && day === undefined;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  if (month === undefined) return day === undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads `yyyy-mm-dd`, `yyyy-mm` or `yyyy`. Returns null for anything else, including impossible
 * dates such as 2023-02-29, so callers can report "not a valid date" rather than guess.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_ISO.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date: PartialDate = { year: Number(y) };
  if (m !== undefined) date.month = Number(m);
  if (d !== undefined) date.day = Number(d);
  return isCoherentPartialDate(date) ? date : null;
}

/** Writes the text form; null when nothing about the date is known. */
export function formatPartialDate(date: PartialDate): string | null {
  if (date.year === undefined) return null;
  const parts = [String(date.year).padStart(4, "0")];
  if (date.month !== undefined) {
    parts.push(String(date.month).padStart(2, "0"));
    if (date.day !== undefined) parts.push(String(date.day).padStart(2, "0"));
  }
  return parts.join("-");
}

/**
 * The first day the partial date could be, as `yyyy-mm-dd`. Used for "not in the future": a
 * partial date is in the future only when even its earliest possible day is.
 */
export function earliestIsoDay(date: PartialDate): string | null {
  if (date.year === undefined) return null;
  return formatPartialDate({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 });
}

/**
 * Whether two partial dates contradict each other: they disagree on a component both know.
 * "1985" and "1985-07-30" do not contradict (one is just less precise).
 */
export function partialDatesConflict(a: PartialDate, b: PartialDate): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return true;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return true;
  return a.day !== undefined && b.day !== undefined && a.day !== b.day;
}
