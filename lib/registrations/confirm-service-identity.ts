import type { IdentifyPerson } from "@/lib/patients/identify-person";
import { parseInsz } from "@/lib/patients/insz";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();

/**
 * The browser says "these data came from IdentifyPerson", which relaxes the hand-entry rules;
 * the server believes it only after its own lookup returns the same person.
 */
export async function confirmServiceIdentity(
  patient: TPatientIdentification,
  claimed: boolean,
  identify: IdentifyPerson,
): Promise<boolean> {
  if (!claimed || !patient.insz) return false;
  const parsed = parseInsz(patient.insz);
  if (!parsed.ok) return false;
  const answer = await identify.lookup(parsed.insz).catch(() => null);
  if (answer?.status !== "found") return false;
  const person = answer.person;
  return (
    same(person.lastName, patient.lastName) &&
    same(person.firstName, patient.firstName) &&
    same(person.birthDate, patient.birthDate) &&
    same(person.sex, patient.sex)
  );
}
