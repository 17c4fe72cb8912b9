/** One campus of a hospital's list, as the use cases return it. */
export interface CampusEntry {
  id: string;
  siteNumber: string;
  name: string;
  active: boolean;
}

/** The columns a use case reads. */
export const campusSelect = { id: true, siteNumber: true, name: true, active: true } as const;

/** Campuses in the order people look them up: by site number as a number, then as text. */
export function bySiteNumber(a: { siteNumber: string }, b: { siteNumber: string }): number {
  return Number(a.siteNumber) - Number(b.siteNumber) || a.siteNumber.localeCompare(b.siteNumber);
}
