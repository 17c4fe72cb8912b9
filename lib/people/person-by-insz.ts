/**
 * The one place that finds or creates a Person by INSZ: sign-in, the access-management page and
 * the operator commands all come here. How the INSZ is stored (today in clear, unique) is known
 * only to this file, so storing it encrypted with a blind index changes this file alone.
 */
import type { Db } from "@/lib/db/client";

/** A client or a transaction client: anything that can reach the Person table. */
type PersonTable = Pick<Db, "person">;

export interface PersonRef {
  id: string;
  firstName: string;
  lastName: string;
}

/** The person holding this INSZ (11 digits, already checked), or null. */
export async function findPersonByInsz(db: PersonTable, insz: string): Promise<PersonRef | null> {
  return db.person.findUnique({ where: { insz }, select: { id: true, firstName: true, lastName: true } });
}

/**
 * The person holding this INSZ, created with these names when WBCR does not know them yet. A
 * person already known keeps the name on record (no hospital rewrites another's data).
 */
export async function findOrCreatePersonByInsz(
  db: PersonTable,
  person: { insz: string; firstName: string; lastName: string },
): Promise<PersonRef & { created: boolean }> {
  const existing = await findPersonByInsz(db, person.insz);
  if (existing) return { ...existing, created: false };
  const created = await db.person.create({
    data: { insz: person.insz, firstName: person.firstName, lastName: person.lastName },
    select: { id: true, firstName: true, lastName: true },
  });
  return { ...created, created: true };
}
