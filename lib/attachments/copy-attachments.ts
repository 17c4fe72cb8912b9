import type { Prisma } from "@/generated/prisma/client";
import { sealedFileRow } from "./sealed-file-row";
import { sealFile, unsealFile } from "./sealed-file";

type Tx = Pick<Prisma.TransactionClient, "registrationAttachment">;

/**
 * A corrected version keeps the original's attached files: each is copied under the same id (the
 * references in the copied form data stay valid) and sealed anew for its new registration.
 */
export async function copyAttachments(tx: Tx, fromRegistrationId: string, toRegistrationId: string, uploadedById: string): Promise<number> {
  const rows = await tx.registrationAttachment.findMany({ where: { registrationId: fromRegistrationId }, select: { ...sealedFileRow, fieldPath: true, fileName: true, size: true } });
  for (const row of rows) {
    const sealed = sealFile(unsealFile(row), toRegistrationId, row.id);
    await tx.registrationAttachment.create({
      data: { registrationId: toRegistrationId, id: row.id, fieldPath: row.fieldPath, fileName: row.fileName, size: row.size, content: sealed.content, keyId: sealed.keyId, uploadedById },
    });
  }
  return rows.length;
}

/** At sending, files uploaded but no longer referenced by the form data (removed in an unsaved edit) are deleted. */
export async function dropUnreferencedAttachments(tx: Tx, registrationId: string, referencedIds: readonly string[]): Promise<number> {
  const { count } = await tx.registrationAttachment.deleteMany({ where: { registrationId, id: { notIn: [...referencedIds] } } });
  return count;
}
