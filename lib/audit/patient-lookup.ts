/**
 * Who looked up which patient (F-SEC-1): every IdentifyPerson lookup and every patient search
 * records the patient as blind indexes (keyed hashes, lib/patients/identity-protection.ts),
 * never the identifier in clear. The audit filter "who looked up this patient" finds those
 * events by the INSZ's index.
 */
import type { Prisma } from "@/generated/prisma/client";
import { blindIndex } from "@/lib/patients/identity-protection";

export const PATIENT_LOOKUP_ACTIONS = ["patient.identify", "registration.search"] as const;

/** `details.patient` of a lookup of an INSZ. */
export function lookedUpInsz(insz: string): { insz: string | null } {
  return { insz: blindIndex("insz", insz) };
}

/** `details.patient` of a search: the typed text may be any of the three identifiers. */
export function lookedUpIdentifier(query: string): { insz: string | null; insurance: string | null; other: string | null } {
  return { insz: blindIndex("insz", query), insurance: blindIndex("insurance", query), other: blindIndex("other", query) };
}

/** The lookups of the patient with this INSZ. */
export function lookupsOf(insz: string): Prisma.AuditEventWhereInput {
  return { action: { in: [...PATIENT_LOOKUP_ACTIONS] }, details: { path: ["patient", "insz"], equals: blindIndex("insz", insz) ?? "" } };
}
