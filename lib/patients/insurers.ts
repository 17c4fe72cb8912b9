/**
 * Health insurance institutions (verzekeringsinstellingen / organismes assureurs), as a
 * versioned reference table: one row per name period of a code. Seeded into the Insurer table
 * (prisma/schema.prisma) and used directly by the patient page and rules.
 *
 * Codes are the 3-digit national union codes; the first digit is the union.
 *
 * HOW TO UPDATE: when an institution is renamed or merged, set `validTo` on its current row to
 * the last day of the old name and add a new row with the same code, the new names and
 * `validFrom` the next day. Never edit or delete a row that registrations may already cite.
 *
 * "Unknown" uses code "000": the patient page must offer it (the WBCR manual: option "Unknown"
 * is available), it must not collide with a union digit (1–6, 9), and a string of digits keeps
 * the column uniform for exports.
 *
 * validFrom 2000-01-01 on the first rows marks the start of this table, not the founding of the
 * institution. Names checked against public sources in 2025 (spec: "check current names before
 * publishing"): re-check before a release.
 */

import type { Translated } from "@/lib/validation/types";

export interface InsurerRow {
  code: string;
  names: Translated;
  /** ISO date, inclusive. */
  validFrom: string;
  /** ISO date, inclusive; null while current. */
  validTo: string | null;
}

export const UNKNOWN_INSURER_CODE = "000";

export const insurers: readonly InsurerRow[] = [
  {
    code: "000",
    names: { nl: "Onbekend", fr: "Inconnu", en: "Unknown", de: "Unbekannt" },
    validFrom: "2000-01-01",
    validTo: null,
  },
  {
    code: "100",
    names: {
      nl: "Christelijke Mutualiteit (CM)",
      fr: "Mutualité chrétienne (MC)",
      en: "Christian Mutual Health Fund (CM/MC)",
      de: "Christliche Krankenkasse (CKK)",
    },
    validFrom: "2000-01-01",
    validTo: null,
  },
  {
    code: "200",
    names: {
      nl: "Neutrale Ziekenfondsen",
      fr: "Mutualités neutres",
      en: "Neutral Health Funds",
      de: "Neutrale Krankenkassen",
    },
    validFrom: "2000-01-01",
    validTo: null,
  },
  {
    code: "300",
    names: {
      nl: "Solidaris (Socialistische Mutualiteiten)",
      fr: "Solidaris (Mutualités socialistes)",
      en: "Solidaris (Socialist Mutual Health Funds)",
      de: "Solidaris (Sozialistische Krankenkassen)",
    },
    validFrom: "2000-01-01",
    validTo: null,
  },
  {
    code: "400",
    names: {
      nl: "Liberale Mutualiteiten",
      fr: "Mutualités libérales",
      en: "Liberal Mutual Health Funds",
      de: "Liberale Krankenkassen",
    },
    validFrom: "2000-01-01",
    validTo: null,
  },
  {
    code: "500",
    names: {
      nl: "Onafhankelijke Ziekenfondsen (Helan, Partenamut, …)",
      fr: "Mutualités Libres (Helan, Partenamut, …)",
      en: "Independent Health Funds (Helan, Partenamut, …)",
      de: "Freie Krankenkassen (Helan, Partenamut, …)",
    },
    validFrom: "2000-01-01",
    validTo: null,
  },
  {
    code: "600",
    names: {
      nl: "Hulpkas voor Ziekte- en Invaliditeitsverzekering (HZIV)",
      fr: "Caisse auxiliaire d'assurance maladie-invalidité (CAAMI)",
      en: "Auxiliary Fund for Sickness and Invalidity Insurance (HZIV/CAAMI)",
      de: "Hilfskasse für Kranken- und Invalidenversicherung (HKIV)",
    },
    validFrom: "2000-01-01",
    validTo: null,
  },
  {
    // The railway fund took the HR Rail name when HR Rail was created on 1 January 2014.
    code: "900",
    names: {
      nl: "Kas der Geneeskundige Verzorging van de NMBS",
      fr: "Caisse des soins de santé de la SNCB",
      en: "Health Care Fund of the NMBS/SNCB",
      de: "Kasse der Gesundheitspflege der NGBE/SNCB",
    },
    validFrom: "2000-01-01",
    validTo: "2013-12-31",
  },
  {
    code: "900",
    names: {
      nl: "Kas der Geneeskundige Verzorging van HR Rail",
      fr: "Caisse des soins de santé de HR Rail",
      en: "HR Rail Health Care Fund",
      de: "Kasse der Gesundheitspflege von HR Rail",
    },
    validFrom: "2014-01-01",
    validTo: null,
  },
];
