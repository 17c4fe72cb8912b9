/**
 * The demo hospitals' campus lists (site number, name; Annex 55 10B.2). Every demo hospital has
 * 710 and 712, the site numbers the standard module's examples name, so the seeded registrations
 * show a campus name everywhere; AZ Demo Gent also has a deactivated campus, to show that one.
 */
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import { hospitalListsOf } from "@/lib/campuses/hospital-lists";

export interface DemoCampus {
  siteNumber: string;
  name: string;
  active: boolean;
}

/** By demo organisation key (lib/demo/people.ts). */
export const demoCampuses: Readonly<Record<string, readonly DemoCampus[]>> = {
  gent: [
    { siteNumber: "710", name: "Campus Sint-Jan", active: true },
    { siteNumber: "712", name: "Campus Maria Middelares", active: true },
    { siteNumber: "714", name: "Campus Heilig Hart (gesloten)", active: false },
  ],
  liege: [
    { siteNumber: "710", name: "Site du Sart Tilman", active: true },
    { siteNumber: "712", name: "Site des Bruyères", active: true },
  ],
  brussel: [
    { siteNumber: "710", name: "Campus Jette", active: true },
    { siteNumber: "712", name: "Campus Etterbeek", active: true },
  ],
};

/** A demo hospital's lists, for code that validates examples without a database (bench, tests). */
export function demoHospitalLists(key = "gent"): HospitalLists {
  return hospitalListsOf(demoCampuses[key] ?? []);
}
