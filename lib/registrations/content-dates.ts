/**
 * The dates of a registration's content that lists and downloads filter by (a module's
 * `searchDates`, manual §5.8, §5.11), kept in columns of their own: written with the content at
 * every save, so that a search or a download by MOC date reads no content and uses an index.
 * Read from the form's tumour facts (lib/modules/facts.ts), so no module is named here.
 */
import { readFacts } from "@/lib/modules/facts";
import { formOf, getModule } from "@/lib/modules/registry";
import type { RegistrationKind, SearchDate } from "@/lib/modules/types";

export type ContentDates = Record<SearchDate, Date | null>;

/** Every date a module may search by: one column each on Registration. */
export const SEARCH_DATES: readonly SearchDate[] = ["incidenceDate", "mocDate"];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-14" → that day at 00:00 UTC (a DATE column); anything else (a year alone, text) → null. */
export function dayValue(value: string | undefined): Date | null {
  const match = value ? ISO_DAY.exec(value) : null;
  if (!match) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** The columns' values for this content of a registration of `moduleId` and `kind`. */
export function contentDates(moduleId: string, kind: RegistrationKind | null | undefined, formData: unknown): ContentDates {
  const declaration = getModule(moduleId);
  const facts = declaration ? readFacts(formOf(declaration, kind ?? "INITIAL").facts, formData) : {};
  return { incidenceDate: dayValue(facts.incidenceDate), mocDate: dayValue(facts.mocDate) };
}
