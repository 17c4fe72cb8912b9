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
  return { patients: await reencryptPatients(db, batchSize, "rotate"), people: await reencryptPeople(db, batchSize, "rotate") };
}

/**
 * Run at every start after the migrations: only rows written before identities were bound to
 * their row (patient blocks) or encrypted at all (staff INSZ), so an upgraded installation works
 * without a manual step. Rows merely under an older key stay as they are until `keys:rotate`.
 */
export async function protectLegacyIdentities(db: Db, batchSize = 500): Promise<ReencryptOutcome> {
  return { patients: await reencryptPatients(db, batchSize, "legacy"), people: await reencryptPeople(db, batchSize, "legacy") };
}

type Scope = "rotate" | "legacy";

async function reencryptPatients(db: Db, batchSize: number, scope: Scope): Promise<number> {
  const currentId = keyRing().current.id;
  const unbound = { NOT: { identityCiphertext: { startsWith: "v2." } } };
  let done = 0;
  for (;;) {
    const rows = await db.registrationPatient.findMany({
      where: scope === "rotate" ? { OR: [{ keyId: { not: currentId } }, unbound] } : unbound,
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

async function reencryptPeople(db: Db, batchSize: number, scope: Scope): Promise<number> {
  const currentId = keyRing().current.id;
  const legacy = [{ insz: { not: null } }, { inszCiphertext: null }];
  let done = 0;
  for (;;) {
    const rows = await db.person.findMany({
      where: { OR: scope === "rotate" ? [...legacy, { keyId: { not: currentId } }] : legacy },
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
