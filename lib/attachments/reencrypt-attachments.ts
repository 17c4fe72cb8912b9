import type { Db } from "@/lib/db/client";
import { keyRing } from "@/lib/security/keys";
import { sealedFileRow } from "./sealed-file-row";
import { sealFile, unsealFile } from "./sealed-file";

/**
 * Key rotation for attached files (`npm run keys:rotate`, beside the identities): every file not
 * under the current data key is sealed anew, a few at a time (files are up to megabytes each).
 * Afterwards the old key can leave WBCR_DATA_KEYS.
 */
export async function reencryptAttachments(db: Db, batchSize = 20): Promise<number> {
  const currentId = keyRing().current.id;
  let done = 0;
  for (;;) {
    const rows = await db.registrationAttachment.findMany({ where: { keyId: { not: currentId } }, select: sealedFileRow, take: batchSize });
    if (rows.length === 0) return done;
    for (const row of rows) {
      const sealed = sealFile(unsealFile(row), row.registrationId, row.id);
      await db.registrationAttachment.update({ where: { registrationId_id: { registrationId: row.registrationId, id: row.id } }, data: sealed });
    }
    done += rows.length;
  }
}
