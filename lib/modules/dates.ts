/**
 * Calendar dates as ISO yyyy-mm-dd strings, the way the forms store them: ISO strings compare
 * correctly as text, and no time zone can shift a day.
 */

// The registry and the hospitals are in Belgium: "today" is the Belgian calendar day.
const BELGIAN_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Brussels",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

// Validation asks for the same "today" many times per registration; Intl formatting is slow.
let lastFormatted: { time: number; iso: string } | undefined;

export function toIsoDate(date: Date): string {
  const time = date.getTime();
  if (lastFormatted?.time !== time) lastFormatted = { time, iso: BELGIAN_DAY.format(date) };
  return lastFormatted.iso;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && ISO_DATE.test(value);
}

function parts(iso: string): [number, number, number] {
  // yyyy-mm-dd, by far the usual, without splitting (every date rule of every validation comes here).
  if (iso.length === 10 && iso[4] === "-" && iso[7] === "-") return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8))];
  const [year = 0, month = 0, day = 0] = iso.split("-", 3).map(Number);
  return [year, month, day];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Same day `years` later (29 February becomes 28 February in common years). */
export function addYears(iso: string, years: number): string {
  const [year, month, day] = parts(iso);
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return format(target, month, Math.min(day, lastDay));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Completed years of age on `on` for someone born on `birth`. */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/**
 * The earliest day a possibly partial birth date can mean: "1969-03-00" or "1969-03" → 1969-03-01,
 * "1969" or "1969-00-00" → 1969-01-01. Undefined when the year is unknown or the text is not a date.
 * Using the earliest day means a rule fires only when the data certainly break it.
 */
let lastEarliest: { birthDate: string | undefined; earliest: string | undefined } | undefined;

export function earliestBirthDate(birthDate: string | undefined): string | undefined {
  // Every age and date rule asks for the same patient's birth date.
  if (lastEarliest?.birthDate !== birthDate || lastEarliest === undefined) lastEarliest = { birthDate, earliest: computeEarliestBirthDate(birthDate) };
  return lastEarliest.earliest;
}

function computeEarliestBirthDate(birthDate: string | undefined): string | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(birthDate ?? "");
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2] ?? "0");
  const day = Number(match[3] ?? "0");
  if (year === 0 || month > 12) return undefined;
  if (month === 0) return format(year, 1, 1);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return format(year, month, day === 0 || day > lastDay ? 1 : day);
}

/** The earliest of some dates, ignoring missing ones. */
export function earliest(dates: readonly (string | undefined)[]): string | undefined {
  return dates.filter(isIsoDate).sort()[0];
}
