/**
 * The hospital lists (lib/modules/hospital-lists.ts) as the database keeps them: "campuses" is
 * the Campus table. Loaded with a registration (its hospital's lists, whoever reads it), so
 * that the form, the summary, the PDF and validation name and check its campuses.
 */
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import { bySiteNumber } from "./campus";

/** What a query selects of a hospital's campuses. */
export const campusListSelect = { siteNumber: true, name: true, active: true } as const;

export function hospitalListsOf(campuses: readonly { siteNumber: string; name: string; active: boolean }[]): HospitalLists {
  return { campuses: [...campuses].sort(bySiteNumber).map(({ siteNumber, name, active }) => ({ code: siteNumber, name, active })) };
}
