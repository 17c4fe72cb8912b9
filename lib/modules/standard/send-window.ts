/**
 * The registry expects a new diagnosis between 4 and 6 months after its incidence date [F
 * Opmerkingen]. One source for the late-sending warning (A55-W03) and, once the platform asks
 * modules for it, the worklist of drafts that are due or overdue.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Same day `months` later, clamped to the month's last day (31 August + 6 months = 28/29 February). */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}

export interface SendWindow {
  /** First day the registry expects it (incidence + 4 months). */
  opens: string;
  /** Last day of the window (incidence + 6 months). */
  due: string;
}

/** The window of a registration with this incidence date (yyyy-mm-dd), or undefined without one. */
export function sendWindow(incidenceDate: string | undefined): SendWindow | undefined {
  if (!incidenceDate || !ISO_DATE.test(incidenceDate)) return undefined;
  return { opens: addMonths(incidenceDate, 4), due: addMonths(incidenceDate, 6) };
}

/** Where a draft stands on `today` (yyyy-mm-dd): not yet due, due (inside the window) or overdue. */
export function sendStatus(incidenceDate: string | undefined, today: string): "early" | "due" | "overdue" | undefined {
  const window = sendWindow(incidenceDate);
  if (!window) return undefined;
  if (today > window.due) return "overdue";
  return today >= window.opens ? "due" : "early";
}
