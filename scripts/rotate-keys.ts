/** `npm run keys:rotate`: re-encrypts identifying data under the first key of WBCR_DATA_KEYS. */
import { createDb } from "@/lib/db/client";
import { reencryptIdentities } from "@/lib/security/reencrypt-identities";

const { db, close } = createDb();
try {
  console.log(`keys: ${await reencryptIdentities(db)} patient blocks re-encrypted`);
} finally {
  await close();
}
