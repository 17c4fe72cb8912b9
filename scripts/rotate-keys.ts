/**
 * `npm run keys:rotate`: re-encrypts identifying data under the first key of WBCR_DATA_KEYS,
 * bound to its row; also migrates rows written before that (unbound patient blocks, staff INSZ in clear).
 */
import { createDb } from "@/lib/db/client";
import { reencryptIdentities } from "@/lib/security/reencrypt-identities";

const { db, close } = createDb();
try {
  const { patients, people } = await reencryptIdentities(db);
  console.log(`keys: ${patients} patient blocks and ${people} staff INSZ re-encrypted`);
} finally {
  await close();
}
