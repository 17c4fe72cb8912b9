/**
 * Calendar days as the hospital sees them: a filter "from 2025-03-30 to 2025-03-30" means that
 * day in Belgium (Europe/Brussels, with summer time), not in UTC or the server's zone.
 */
const zone = "Europe/Brussels";

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: zone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Brussels local time minus UTC at the instant `ms`, in milliseconds. */
function offsetAt(ms: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return local - Math.floor(ms / 1000) * 1000;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** "2025-03-30" → the day, or null when the text is not a real date of the Gregorian calendar. */
export function parseCalendarDay(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** The instant the day starts in Brussels (midnight always exists there: clocks change at 2–3 h). */
export function startOfBrusselsDay({ year, month, day }: CalendarDay): Date {
  const asUtc = Date.UTC(year, month - 1, day);
  let instant = asUtc - offsetAt(asUtc);
  const corrected = asUtc - offsetAt(instant);
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

/** The instant the next day starts: "until this day, inclusive" is "before this instant". */
export function endOfBrusselsDay({ year, month, day }: CalendarDay): Date {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return startOfBrusselsDay({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
}
