/**
 * Identifying data is stored encrypted (AES-256-GCM, key id beside the ciphertext) and found
 * through blind indexes: keyed hashes of the normalised INSZ, insurance number and other id,
 * so exact search works without the clear value in the database (F-SEC-2).
 */
import { createCipheriv, createDecipheriv, createHmac, createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { keyRing } from "@/lib/security/keys";
import { normaliseInsz } from "./insz";
import { ZPatientIdentification, type TPatientIdentification } from "./patient-schema";

export interface ProtectedIdentity {
  identityCiphertext: string;
  keyId: string;
}

export function encryptIdentity(patient: TPatientIdentification): ProtectedIdentity {
  const { current } = keyRing();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(patient), "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return { identityCiphertext: [iv, tag, body].map((part) => part.toString("base64")).join("."), keyId: current.id };
}

// Exports decrypt a patient per row: a key imported once is reused instead of on every call.
const importedKeys = new WeakMap<Buffer, KeyObject>();

function imported(key: Buffer): KeyObject {
  let keyObject = importedKeys.get(key);
  if (!keyObject) importedKeys.set(key, (keyObject = createSecretKey(key)));
  return keyObject;
}

export function decryptIdentity({ identityCiphertext, keyId }: ProtectedIdentity): TPatientIdentification {
  const raw = keyRing().byId.get(keyId);
  if (!raw) throw new Error(`no data key "${keyId}" configured (WBCR_DATA_KEYS)`);
  const key = imported(raw);
  const [iv, tag, body] = identityCiphertext.split(".").map((part) => Buffer.from(part, "base64"));
  if (!iv || !tag || !body) throw new Error("malformed identity ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  const json = Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  return ZPatientIdentification.parse(JSON.parse(json));
}

export type IdentifierKind = "insz" | "insurance" | "other";

/** Identifiers as users type them vary in separators and case; the index must not. */
export function normaliseIdentifier(kind: IdentifierKind, value: string): string {
  if (kind === "insz") return normaliseInsz(value) ?? value.replace(/\s+/g, "");
  return value.replace(/[\s.\-/]+/g, "").toUpperCase();
}

export function blindIndex(kind: IdentifierKind, value: string | null | undefined): string | null {
  if (!value || !value.trim()) return null;
  return createHmac("sha256", keyRing().indexKey).update(`${kind}:${normaliseIdentifier(kind, value)}`).digest("hex");
}

/** The columns of RegistrationPatient derived from the identification page. */
export function protectPatient(patient: TPatientIdentification) {
  const birthYear = patient.birthDate && /^\d{4}/.test(patient.birthDate) ? Number(patient.birthDate.slice(0, 4)) : null;
  return {
    ...encryptIdentity(patient),
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
