/**
 * Identifying data is stored encrypted (AES-256-GCM, key id beside the ciphertext, bound to its
 * registration as additional authenticated data: lib/security/sealed-text.ts) and found
 * through blind indexes: keyed hashes of the normalised INSZ, insurance number and other id,
 * so exact search works without the clear value in the database (F-SEC-2).
 */
import { createHmac } from "node:crypto";
import { keyRing } from "@/lib/security/keys";
import { binding, seal, unseal, unsealUnbound } from "@/lib/security/sealed-text";
import { normaliseInsz } from "./insz";
import { ZPatientIdentification, type TPatientIdentification } from "./patient-schema";

export interface ProtectedIdentity {
  identityCiphertext: string;
  keyId: string;
}

/** A patient block's ciphertext is bound to its registration: copied to another row, it no longer decrypts. */
export const identityBinding = (registrationId: string) => binding("RegistrationPatient", registrationId, "identity");

export function encryptIdentity(patient: TPatientIdentification, registrationId: string): ProtectedIdentity {
  const { ciphertext, keyId } = seal(JSON.stringify(patient), identityBinding(registrationId));
  return { identityCiphertext: ciphertext, keyId };
}

export function decryptIdentity({ identityCiphertext, keyId, registrationId }: ProtectedIdentity & { registrationId: string }): TPatientIdentification {
  return ZPatientIdentification.parse(JSON.parse(unseal({ ciphertext: identityCiphertext, keyId }, identityBinding(registrationId))));
}

/**
 * A stored patient block copied under another registration (corrected version, follow-up): the
 * identity is encrypted anew for the new row, since a ciphertext only decrypts where it was bound.
 */
export function copyPatientBlock<T extends ProtectedIdentity & { registrationId: string }>(
  stored: T,
  newRegistrationId: string,
): Omit<T, "registrationId"> {
  const { registrationId, identityCiphertext, keyId, ...columns } = stored;
  return { ...columns, ...encryptIdentity(decryptIdentity({ registrationId, identityCiphertext, keyId }), newRegistrationId) } as Omit<T, "registrationId">;
}

/** For the key-rotation command only: a patient block written before blocks were bound to their row. */
export function decryptUnboundIdentity({ identityCiphertext, keyId }: ProtectedIdentity): TPatientIdentification {
  return ZPatientIdentification.parse(JSON.parse(unsealUnbound({ ciphertext: identityCiphertext, keyId })));
}

/** Patients' identifiers, and "staff": the INSZ of a person who signs in (lib/access/person-identity.ts). */
export type IdentifierKind = "insz" | "insurance" | "other" | "staff";

/** Identifiers as users type them vary in separators and case; the index must not. */
export function normaliseIdentifier(kind: IdentifierKind, value: string): string {
  if (kind === "insz" || kind === "staff") return normaliseInsz(value) ?? value.replace(/\s+/g, "");
  return value.replace(/[\s.\-/]+/g, "").toUpperCase();
}

export function blindIndex(kind: IdentifierKind, value: string | null | undefined): string | null {
  if (!value || !value.trim()) return null;
  return createHmac("sha256", keyRing().indexKey).update(`${kind}:${normaliseIdentifier(kind, value)}`).digest("hex");
}

/** The columns of RegistrationPatient derived from the identification page, for the registration with this id. */
export function protectPatient(patient: TPatientIdentification, registrationId: string) {
  const birthYear = patient.birthDate && /^\d{4}/.test(patient.birthDate) ? Number(patient.birthDate.slice(0, 4)) : null;
  return {
    ...encryptIdentity(patient, registrationId),
    inszIndex: blindIndex("insz", patient.insz),
    insuranceNumberIndex: blindIndex("insurance", patient.insuranceNumber),
    otherIdentifierIndex: blindIndex("other", patient.otherIdentifier),
    sex: patient.sex || null,
    birthYear,
    insurerCode: patient.insurerCode || null,
    country: patient.country || null,
    identificationPath: patient.identificationPath ?? (patient.insz ? "INSZ" : "UNKNOWN"),
  };
}
