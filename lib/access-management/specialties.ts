/**
 * Medical specialties an access manager can give a specialist. Modules restricted to a specialty
 * (F-ROLE-2) compare `membership.specialty` with these codes, so a free-text field would let a
 * typo lock a physician out of a module; the UI translates the codes (accessManagement.specialties).
 */
export const specialties = [
  "RADIOTHERAPY",
  "MEDICAL_ONCOLOGY",
  "HAEMATOLOGY",
  "SURGERY",
  "NEUROSURGERY",
  "UROLOGY",
  "GYNAECOLOGY",
  "GASTROENTEROLOGY",
  "PNEUMOLOGY",
  "DERMATOLOGY",
  "OTORHINOLARYNGOLOGY",
  "PATHOLOGY",
] as const;

export type Specialty = (typeof specialties)[number];

export function isSpecialty(value: string | null | undefined): value is Specialty {
  return (specialties as readonly string[]).includes(value ?? "");
}
