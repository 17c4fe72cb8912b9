/**
 * Patients made once and reused across registrations, with their blind indexes computed once.
 * Each registration still gets its own ciphertext (bound to its row), made while inserting.
 */
import { demoPopulation } from "@/lib/patients/demo-population";
import { protectPatient } from "@/lib/patients/identity-protection";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import { syntheticInsz } from "./synthetic-insz";

export type PoolPatient = Omit<ReturnType<typeof protectPatient>, "identityCiphertext" | "keyId"> & { identity: TPatientIdentification };

const insurers = ["100", "200", "300", "400", "500", "600", "900"];

export function poolPatient(index: number): TPatientIdentification {
  const { insz, birthDate, sex } = syntheticInsz(index);
  const names = demoPopulation[index % demoPopulation.length]!;
  return {
    identificationPath: "INSZ",
    insz,
    insurerCode: insurers[index % insurers.length],
    insuranceNumber: String(20_000_000 + index),
    lastName: names.lastName,
    firstName: names.firstName,
    postalCode: names.address.postalCode,
    town: names.address.town,
    country: names.address.country,
    birthDate,
    sex,
  };
}

/** The pool, without any INSZ of the demo population (those are the ones the bench searches for). */
export function buildPatientPool(size: number): PoolPatient[] {
  const reserved = new Set(demoPopulation.map((p) => p.insz));
  const pool: PoolPatient[] = [];
  for (let index = 0; pool.length < size; index += 1) {
    const patient = poolPatient(index);
    if (reserved.has(patient.insz!)) continue;
    // The indexes and clear columns only; the placeholder binding's ciphertext is dropped.
    const columns: Partial<ReturnType<typeof protectPatient>> = protectPatient(patient, "00000000-0000-0000-0000-000000000000");
    delete columns.identityCiphertext;
    delete columns.keyId;
    pool.push({ ...(columns as PoolPatient), identity: patient });
  }
  return pool;
}

/** One pool patient per four registrations, within bounds: a few registrations per patient, as in life. */
export function poolSizeFor(scale: number): number {
  return Math.min(50_000, Math.max(1_000, Math.floor(scale / 4)));
}
