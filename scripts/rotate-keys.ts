/**
 * `npm run keys:rotate`: re-encrypts identifying data under the first key of WBCR_DATA_KEYS,
 * bound to its row, and the attached files; also migrates rows written before that (unbound patient blocks, staff INSZ in clear).
 */
import { reencryptAttachments } from "@/lib/attachments/reencrypt-attachments";
import { createDb } from "@/lib/db/client";
import { reencryptIdentities } from "@/lib/security/reencrypt-identities";

const { db, close } = createDb();
try {
  const { patients, people } = await reencryptIdentities(db);
  const files = await reencryptAttachments(db);
  console.log(`keys: ${patients} patient blocks, ${people} staff INSZ and ${files} attached files re-encrypted`);
} finally {
  await close();
}
