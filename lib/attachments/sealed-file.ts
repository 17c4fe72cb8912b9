/**
 * Attached files are encrypted at rest like the patient's identity (lib/security/sealed-text.ts):
 * AES-256-GCM with the data keys, bound to the registration and the attachment id, so bytes
 * copied to another registration's row no longer decrypt (a corrected version seals its copy anew).
 */
import { binding, sealBytes, unsealBytes } from "@/lib/security/sealed-text";

const fileBinding = (registrationId: string, attachmentId: string) => binding("RegistrationAttachment", `${registrationId}/${attachmentId}`, "content");

export function sealFile(bytes: Uint8Array, registrationId: string, attachmentId: string): { content: Uint8Array<ArrayBuffer>; keyId: string } {
  const { ciphertext, keyId } = sealBytes(bytes, fileBinding(registrationId, attachmentId));
  return { content: new Uint8Array(ciphertext), keyId };
}

export function unsealFile(row: { content: Uint8Array; keyId: string; registrationId: string; id: string }): Buffer {
  return unsealBytes({ ciphertext: Buffer.from(row.content), keyId: row.keyId }, fileBinding(row.registrationId, row.id));
}
