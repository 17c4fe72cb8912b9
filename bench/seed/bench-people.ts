/**
 * Hospitals and physicians beyond the demo's three hospitals, so a million registrations spread
 * the way they would over Belgian SRT centres (a few thousand per physician, not a hundred
 * thousand): the per-hospital and per-physician indexes then work as in production.
 */
// eslint-disable-next-line no-restricted-imports -- the benchmark seeds and queries its own throw-away database
import type { Db } from "@/lib/db/client";
import { newPersonData } from "@/lib/access/person-identity";
import { syntheticInsz } from "./synthetic-insz";

export const benchHospitals = 27;
export const physiciansPerHospital = 7;

/** INSZ of synthetic physicians are taken from 1960 on, far from the patient pool (1930 on). */
export function benchPhysicianInsz(index: number): string {
  return syntheticInsz(index, 1960).insz;
}

export async function seedBenchPeople(db: Db): Promise<void> {
  const organisations = Array.from({ length: benchHospitals }, (_, h) => ({
    nihii: String(71_000_000 + h * 10),
    name: `Bench Hospital ${String(h + 1).padStart(2, "0")}`,
    postalCode: String(1000 + h * 300),
    town: "Bench",
  }));
  await db.organisation.createMany({ data: organisations });
  const orgIds = new Map((await db.organisation.findMany({ where: { town: "Bench" } })).map((o) => [o.nihii, o.id]));
  const people = Array.from({ length: benchHospitals * physiciansPerHospital }, (_, i) => ({
    insz: benchPhysicianInsz(i),
    firstName: "Bench",
    lastName: `Physician ${i + 1}`,
    locale: ["nl", "fr", "en"][i % 3]!,
  }));
  const rows = people.map((person) => newPersonData(person));
  await db.person.createMany({ data: rows });
  await db.membership.createMany({
    data: rows.map((person, i) => ({
      personId: person.id,
      organisationId: orgIds.get(organisations[Math.floor(i / physiciansPerHospital)]!.nihii)!,
      function: "SPECIALIST" as const,
      nihii: String(20_000_000 + i),
      specialty: "RADIOTHERAPY",
    })),
  });
}
