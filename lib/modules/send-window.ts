/**
 * A module's send window (`sendWindow` on the declaration): the days after one of a
 * registration's dates during which the registry expects it. The worklist lists the drafts
 * whose window has opened (due) or closed (overdue).
 */
import type { SendWindowDeclaration } from "./types";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Same day `months` later (or earlier), clamped to the month's last day (31 August + 6 months = 28/29 February). */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = ISO_DATE.test(iso) ? [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))] : iso.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index - targetYear * 12) + 1;
  const lastDay = targetMonth === 2 ? ((targetYear % 4 === 0 && targetYear % 100 !== 0) || targetYear % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(targetMonth) ? 30 : 31;
  return `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}

export interface SendWindowDays {
  /** First day the registry expects it. */
  opens: string;
  /** Last day of the window. */
  due: string;
}

export type SendStatus = "early" | "due" | "overdue";

/** The window of a registration whose date (yyyy-mm-dd) is `date`; undefined without a full date. */
export function windowDays(window: SendWindowDeclaration, date: string | undefined): SendWindowDays | undefined {
  if (!date || !ISO_DATE.test(date)) return undefined;
  return { opens: addMonths(date, window.opensAfterMonths), due: addMonths(date, window.dueAfterMonths) };
}

/** Where a registration stands on `today` (yyyy-mm-dd): not yet expected, due (inside the window) or overdue. */
export function sendStatusOf(window: SendWindowDeclaration, date: string | undefined, today: string): SendStatus | undefined {
  const days = windowDays(window, date);
  if (!days) return undefined;
  if (today > days.due) return "overdue";
  return today >= days.opens ? "due" : "early";
}

/**
 * The latest date whose window has opened by `today`, a few days late on purpose: clamping to
 * month ends makes the inverse inexact, so a query selects up to it and `sendStatusOf` decides.
 */
export function latestOpenedDate(window: SendWindowDeclaration, today: string): string {
  return shiftDays(addMonths(today, -window.opensAfterMonths), 3);
}

function shiftDays(iso: string, days: number): string {
  const moment = new Date(`${iso}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}
