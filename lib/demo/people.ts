/**
 * Demo organisations and people, shared by the database seed and the eHealth simulator (whose
 * login page offers these identities). Names are invented; INSZ numbers are valid but made up.
 */
export type DemoFunction = "SPECIALIST" | "COORDINATOR" | "ADMINISTRATIVE" | "ACCESS_MANAGER" | "REGISTRY_STAFF";

export interface DemoOrganisation {
  key: string;
  kind: "HOSPITAL" | "REGISTRY";
  nihii: string;
  name: string;
  postalCode: string;
  town: string;
}

export interface DemoMembership {
  organisation: string;
  function: DemoFunction;
  /** Physician's own RIZIV/INAMI number. */
  nihii?: string;
  specialty?: string;
  /** Administrative staff: INSZ of the physicians they register for (same organisation). */
  worksFor?: string[];
}

export interface DemoPerson {
  insz: string;
  firstName: string;
  lastName: string;
  locale: "nl" | "fr" | "en";
  memberships: DemoMembership[];
}

export const demoOrganisations: DemoOrganisation[] = [
  { key: "gent", kind: "HOSPITAL", nihii: "71000101", name: "AZ Demo Gent", postalCode: "9000", town: "Gent" },
  { key: "liege", kind: "HOSPITAL", nihii: "71000202", name: "CHU Démo Liège", postalCode: "4000", town: "Liège" },
  { key: "brussel", kind: "HOSPITAL", nihii: "71000303", name: "UZ Demo Brussel", postalCode: "1090", town: "Jette" },
  { key: "bcr", kind: "REGISTRY", nihii: "00000000", name: "Belgian Cancer Registry", postalCode: "1210", town: "Sint-Joost-ten-Node" },
];

const specialist = (organisation: string, nihii: string, specialty = "RADIOTHERAPY"): DemoMembership => ({
  organisation,
  function: "SPECIALIST",
  nihii,
  specialty,
});

export const demoPeople: DemoPerson[] = [
  // AZ Demo Gent
  { insz: "70031366746", firstName: "Pieter", lastName: "De Smet", locale: "nl",
    memberships: [{ organisation: "gent", function: "COORDINATOR" }, specialist("gent", "10000101")] },
  { insz: "63061906056", firstName: "An", lastName: "Claes", locale: "nl",
    memberships: [specialist("gent", "10000202"), specialist("brussel", "10000202")] },
  { insz: "61022754933", firstName: "Jan", lastName: "Peeters", locale: "nl",
    memberships: [specialist("gent", "10000303")] },
  { insz: "62071407283", firstName: "Els", lastName: "Maes", locale: "nl",
    memberships: [specialist("gent", "10000404")] },
  { insz: "90011960048", firstName: "Lotte", lastName: "Wouters", locale: "nl",
    memberships: [{ organisation: "gent", function: "ADMINISTRATIVE", worksFor: ["63061906056", "61022754933"] }] },
  { insz: "72010804867", firstName: "Sofie", lastName: "Jacobs", locale: "nl",
    memberships: [{ organisation: "gent", function: "ADMINISTRATIVE", worksFor: ["62071407283"] }] },
  { insz: "89090703934", firstName: "Bart", lastName: "Mertens", locale: "nl",
    memberships: [{ organisation: "gent", function: "ACCESS_MANAGER" }] },
  // CHU Démo Liège
  { insz: "77031043035", firstName: "Isabelle", lastName: "Dubois", locale: "fr",
    memberships: [{ organisation: "liege", function: "COORDINATOR" }] },
  { insz: "67021843558", firstName: "Philippe", lastName: "Lambert", locale: "fr",
    memberships: [specialist("liege", "10000505")] },
  { insz: "61100497166", firstName: "Marc", lastName: "Dupont", locale: "fr",
    memberships: [specialist("liege", "10000606")] },
  { insz: "80041210084", firstName: "Nathalie", lastName: "Martin", locale: "fr",
    memberships: [specialist("liege", "10000707", "NEUROSURGERY")] },
  { insz: "77120357863", firstName: "Céline", lastName: "Leclercq", locale: "fr",
    memberships: [{ organisation: "liege", function: "ADMINISTRATIVE", worksFor: ["67021843558", "61100497166"] }] },
  { insz: "81091479663", firstName: "Julie", lastName: "Renard", locale: "fr",
    memberships: [{ organisation: "liege", function: "ADMINISTRATIVE", worksFor: ["80041210084"] }] },
  { insz: "67112159763", firstName: "Luc", lastName: "Simon", locale: "fr",
    memberships: [{ organisation: "liege", function: "ACCESS_MANAGER" }] },
  // UZ Demo Brussel
  { insz: "70081994610", firstName: "Karen", lastName: "Vermeulen", locale: "nl",
    memberships: [{ organisation: "brussel", function: "COORDINATOR" }] },
  { insz: "64090458523", firstName: "Thomas", lastName: "Goossens", locale: "en",
    memberships: [specialist("brussel", "10000808")] },
  { insz: "69092769903", firstName: "Koen", lastName: "Hermans", locale: "nl",
    memberships: [specialist("brussel", "10000909")] },
  { insz: "65021958530", firstName: "Michel", lastName: "Lejeune", locale: "fr",
    memberships: [specialist("brussel", "10001010")] },
  { insz: "67021930858", firstName: "Sarah", lastName: "Willems", locale: "en",
    memberships: [{ organisation: "brussel", function: "ADMINISTRATIVE", worksFor: ["64090458523", "69092769903"] }] },
  { insz: "74052007541", firstName: "Ahmed", lastName: "El Amrani", locale: "fr",
    memberships: [{ organisation: "brussel", function: "ADMINISTRATIVE", worksFor: ["65021958530"] }] },
  { insz: "61100750950", firstName: "Dirk", lastName: "Van den Broeck", locale: "nl",
    memberships: [{ organisation: "brussel", function: "ACCESS_MANAGER" }] },
  // Belgian Cancer Registry
  { insz: "74061025571", firstName: "Hilde", lastName: "Verstraete", locale: "nl",
    memberships: [{ organisation: "bcr", function: "REGISTRY_STAFF" }] },
];
