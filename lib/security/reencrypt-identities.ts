import type { Db } from "@/lib/db/client";
import { decryptIdentity, encryptIdentity } from "@/lib/patients/identity-protection";
import { keyRing } from "./keys";

/**
 * Key rotation, second step: re-encrypts every patient block not yet under the current data
 * key, in batches. Afterwards the old key can be removed from WBCR_DATA_KEYS.
 */
export async function reencryptIdentities(db: Db, batchSize = 500): Promise<number> {
  const currentId = keyRing().current.id;
  let done = 0;
  for (;;) {
    const rows = await db.registrationPatient.findMany({
      where: { keyId: { not: currentId } },
      select: { registrationId: true, identityCiphertext: true, keyId: true },
      take: batchSize,
    });
    if (rows.length === 0) return done;
    for (const row of rows) {
      const identity = decryptIdentity(row);
      await db.registrationPatient.update({ where: { registrationId: row.registrationId }, data: encryptIdentity(identity) });
    }
    done += rows.length;
  }
}
