/**
 * AES-256-GCM encryption of a value bound to where it is stored: the binding (table, row id and
 * field) is the additional authenticated data, so a ciphertext copied to another row or field
 * no longer decrypts. Ciphertexts are "v2.<iv>.<tag>.<body>" (base64); the key id is kept
 * beside them for key rotation (lib/security/keys.ts).
 */
import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { keyRing } from "./keys";

export interface Sealed {
  ciphertext: string;
  keyId: string;
}

const VERSION = "v2";

// Exports decrypt per row: a key imported once is reused instead of on every call.
const importedKeys = new WeakMap<Buffer, KeyObject>();

function imported(key: Buffer): KeyObject {
  let keyObject = importedKeys.get(key);
  if (!keyObject) importedKeys.set(key, (keyObject = createSecretKey(key)));
  return keyObject;
}

function keyOf(keyId: string): KeyObject {
  const raw = keyRing().byId.get(keyId);
  if (!raw) throw new Error(`no data key "${keyId}" configured (WBCR_DATA_KEYS)`);
  return imported(raw);
}

/** Where a value lives, e.g. binding("RegistrationPatient", id, "identity"). */
export function binding(table: string, rowId: string, field: string): string {
  return `${table}:${rowId}:${field}`;
}

export function seal(plaintext: string, bindTo: string): Sealed {
  const { current } = keyRing();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", imported(current.key), iv);
  cipher.setAAD(Buffer.from(bindTo, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { ciphertext: [VERSION, ...[iv, cipher.getAuthTag(), body].map((part) => part.toString("base64"))].join("."), keyId: current.id };
}

/** Whether a ciphertext is bound to its row (written by `seal`), as opposed to an older unbound one. */
export function isBound(ciphertext: string): boolean {
  return ciphertext.startsWith(`${VERSION}.`);
}

/** The value; throws when the ciphertext was made for another binding, altered, or never bound. */
export function unseal({ ciphertext, keyId }: Sealed, bindTo: string): string {
  if (!isBound(ciphertext)) throw new Error("ciphertext not bound to its row: run `npm run keys:rotate`");
  const [, iv, tag, body] = ciphertext.split(".").map((part) => Buffer.from(part, "base64"));
  if (!iv || !tag || !body) throw new Error("malformed ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", keyOf(keyId), iv);
  decipher.setAAD(Buffer.from(bindTo, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

/** Ciphertexts written before rows were bound ("<iv>.<tag>.<body>", no AAD): read only by the key-rotation command. */
export function unsealUnbound({ ciphertext, keyId }: Sealed): string {
  const [iv, tag, body] = ciphertext.split(".").map((part) => Buffer.from(part, "base64"));
  if (!iv || !tag || !body) throw new Error("malformed ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", keyOf(keyId), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

/** Bytes sealed like text (same keys, same binding): iv (12) | tag (16) | body, for files. */
export interface SealedBytes {
  ciphertext: Buffer;
  keyId: string;
}

export function sealBytes(plaintext: Uint8Array, bindTo: string): SealedBytes {
  const { current } = keyRing();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", imported(current.key), iv);
  cipher.setAAD(Buffer.from(bindTo, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]), keyId: current.id };
}

/** The bytes; throws when they were sealed for another binding or altered. */
export function unsealBytes({ ciphertext, keyId }: SealedBytes, bindTo: string): Buffer {
  if (ciphertext.length < 28) throw new Error("malformed ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", keyOf(keyId), ciphertext.subarray(0, 12));
  decipher.setAAD(Buffer.from(bindTo, "utf8"));
  decipher.setAuthTag(ciphertext.subarray(12, 28));
  return Buffer.concat([decipher.update(ciphertext.subarray(28)), decipher.final()]);
}
