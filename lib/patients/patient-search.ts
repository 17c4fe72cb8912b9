/**
 * Patient identifiers never travel in a URL (browser history, proxy logs, caches): a search is
 * posted, kept here under a random id, and the lists carry only `?search=<id>`. A search is its
 * owner's alone and lasts PATIENT_SEARCH_MINUTES; the typed value is stored encrypted, bound to
 * its row.
 */
import { randomUUID } from "node:crypto";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { binding, seal, unseal } from "@/lib/security/sealed-text";
import { isUuid } from "@/lib/security/uuid";

export const PATIENT_SEARCH_MINUTES = 30;
const MAX_QUERY_LENGTH = 60;

const bindTo = (id: string) => binding("PatientSearch", id, "query");

/** Keeps a search for its owner; the id to put in the URL, or null when there is nothing to search. */
export async function rememberPatientSearch(context: SessionContext, query: string, db: Db = getDb()): Promise<string | null> {
  const trimmed = query.trim();
  if (!trimmed || trimmed.length > MAX_QUERY_LENGTH) return null;
  const id = randomUUID();
  const { ciphertext, keyId } = seal(trimmed, bindTo(id));
  await db.patientSearch.create({ data: { id, personId: context.person.id, queryCiphertext: ciphertext, keyId } });
  return id;
}

/** The query of a search the person made a short while ago; null for another's, an old or an unknown id. */
export async function recallPatientSearch(
  context: SessionContext,
  id: string | undefined,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<string | null> {
  if (!isUuid(id)) return null;
  const row = await db.patientSearch.findUnique({ where: { id } });
  if (!row || row.personId !== context.person.id) return null;
  if (now.getTime() - row.createdAt.getTime() > PATIENT_SEARCH_MINUTES * 60_000) return null;
  return unseal({ ciphertext: row.queryCiphertext, keyId: row.keyId }, bindTo(id));
}

/** For the retention job. */
export async function removeOldPatientSearches(now: Date = new Date(), db: Db = getDb()): Promise<number> {
  const { count } = await db.patientSearch.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - PATIENT_SEARCH_MINUTES * 60_000) } } });
  return count;
}
