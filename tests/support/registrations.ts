/** Test data for registrations: a valid patient and helpers around the use cases. */
import type { TPatientIdentification } from "@/lib/patients/patient-schema";

export const validPatient: TPatientIdentification = {
  identificationPath: "INSZ",
  insz: "85.07.30-033.28",
  insurerCode: "100",
  insuranceNumber: "123-4567890-12",
  lastName: "Janssens",
  firstName: "Karel",
  postalCode: "9000",
  town: "Gent",
  country: "BE",
  birthDate: "1985-07-30",
  sex: "M",
};
