import type { IdentifiedPerson } from "./identify-person";
import type { TPatientIdentification } from "./patient-schema";

/** The patient block of a registration for a person found at IdentifyPerson (path INSZ). */
export function patientFromRegister(
  person: IdentifiedPerson,
  insurance: { insurerCode: string; insuranceNumber: string },
  comment?: string,
): TPatientIdentification {
  return {
    identificationPath: "INSZ",
    insz: person.insz,
    insurerCode: insurance.insurerCode,
    insuranceNumber: insurance.insuranceNumber,
    lastName: person.lastName,
    firstName: person.firstName,
    postalCode: person.address.postalCode,
    town: person.address.town,
    country: person.address.country,
    birthDate: person.birthDate ?? undefined,
    sex: person.sex ?? "",
    ...(comment ? { comment } : {}),
  };
}
