import type { Db } from "@/lib/db/client";
import { protectedInsz, readPersonInsz } from "@/lib/access/person-identity";
import { decryptIdentity, decryptUnboundIdentity, encryptIdentity } from "@/lib/patients/identity-protection";
import { keyRing } from "./keys";
import { isBound } from "./sealed-text";

export interface ReencryptOutcome {
  patients: number;
  people: number;
}

/**
 * Key rotation, second step, and the migration of older rows: re-encrypts every patient block
 * not yet under the current data key or not yet bound to its registration, and every person
 * whose INSZ is still in clear or under an older key (encrypted, blind-indexed, clear column
 * emptied). In batches; afterwards an old key can be removed from WBCR_DATA_KEYS.
 */
export async function reencryptIdentities(db: Db, batchSize = 500): Promise<ReencryptOutcome> {
  return { patients: await reencryptPatients(db, batchSize), people: await reencryptPeople(db, batchSize) };
}

async function reencryptPatients(db: Db, batchSize: number): Promise<number> {
  const currentId = keyRing().current.id;
  let done = 0;
  for (;;) {
    const rows = await db.registrationPatient.findMany({
      where: { OR: [{ keyId: { not: currentId } }, { NOT: { identityCiphertext: { startsWith: "v2." } } }] },
      select: { registrationId: true, identityCiphertext: true, keyId: true },
      take: batchSize,
    });
    if (rows.length === 0) return done;
    for (const row of rows) {
      const identity = isBound(row.identityCiphertext) ? decryptIdentity(row) : decryptUnboundIdentity(row);
      await db.registrationPatient.update({ where: { registrationId: row.registrationId }, data: encryptIdentity(identity, row.registrationId) });
    }
    done += rows.length;
  }
}

async function reencryptPeople(db: Db, batchSize: number): Promise<number> {
  const currentId = keyRing().current.id;
  let done = 0;
  for (;;) {
    const rows = await db.person.findMany({
      where: { OR: [{ insz: { not: null } }, { inszCiphertext: null }, { keyId: { not: currentId } }] },
      select: { id: true, insz: true, inszCiphertext: true, keyId: true },
      take: batchSize,
    });
    if (rows.length === 0) return done;
    for (const row of rows) {
      const insz = row.inszCiphertext && row.keyId ? readPersonInsz(row) : row.insz;
      if (!insz) throw new Error(`person ${row.id} has no INSZ at all`);
      await db.person.update({ where: { id: row.id }, data: { ...protectedInsz(row.id, insz), insz: null } });
    }
    done += rows.length;
  }
}
