/**
 * The one way to find or create a person (staff who sign in through eHealth) by INSZ. The INSZ
 * is stored like patients' identifiers (F-SEC-2): encrypted and bound to the person's row, and
 * found through a blind index of its own kind ("staff"), so a staff member's index never equals
 * the index of the same number as a patient. Everything that looks a person up by INSZ — login,
 * session start, access management, the demo seed, operator commands — goes through here.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { blindIndex } from "@/lib/patients/identity-protection";
import { normaliseInsz } from "@/lib/patients/insz";
import { binding, seal, unseal } from "@/lib/security/sealed-text";

type PersonWriter = Pick<Db, "person">;

const bindTo = (personId: string) => binding("Person", personId, "insz");

/** The blind index of a staff INSZ (any writing: separators and spaces are normalised away). */
export function personInszIndex(insz: string): string {
  const index = blindIndex("staff", insz);
  if (!index) throw new Error("an INSZ is required");
  return index;
}

/** `where` for the person with this INSZ, for findUnique/upsert, or nested (`{ person: personByInsz(insz) }`). */
export function personByInsz(insz: string): { inszIndex: string } {
  return { inszIndex: personInszIndex(insz) };
}

/** The INSZ columns of a person row with this id: index, ciphertext bound to the row, key id. */
export function protectedInsz(personId: string, insz: string): { inszIndex: string; inszCiphertext: string; keyId: string } {
  const clear = normaliseInsz(insz) ?? insz.replace(/\s+/g, "");
  const { ciphertext, keyId } = seal(clear, bindTo(personId));
  return { inszIndex: personInszIndex(clear), inszCiphertext: ciphertext, keyId };
}

export interface NewPerson {
  insz: string;
  firstName: string;
  lastName: string;
  email?: string | null;
  locale?: string;
}

/** The data of a new person row (its id chosen here, since the ciphertext is bound to it). */
export function newPersonData(person: NewPerson): Prisma.PersonCreateInput & { id: string } {
  const id = randomUUID();
  return {
    id,
    ...protectedInsz(id, person.insz),
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email ?? null,
    ...(person.locale ? { locale: person.locale } : {}),
  };
}

export interface PersonRef {
  id: string;
  firstName: string;
  lastName: string;
}

const personRef = { id: true, firstName: true, lastName: true } as const;

/** The person holding this INSZ, or null. */
export async function findPersonByInsz(db: PersonWriter, insz: string): Promise<PersonRef | null> {
  return db.person.findUnique({ where: personByInsz(insz), select: personRef });
}

/** The person with this INSZ, created with the given names when unknown; names of a known person are kept (no hospital rewrites another's data). */
export async function findOrCreatePersonByInsz(db: PersonWriter, person: NewPerson): Promise<PersonRef & { created: boolean }> {
  const existing = await findPersonByInsz(db, person.insz);
  if (existing) return { ...existing, created: false };
  const created = await db.person.create({ data: newPersonData(person), select: personRef });
  return { ...created, created: true };
}

/** The INSZ of a person row, decrypted (for the access manager's list). */
export function readPersonInsz(row: { id: string; inszCiphertext: string | null; keyId: string | null }): string {
  if (!row.inszCiphertext || !row.keyId) throw new Error(`person ${row.id} has no encrypted INSZ: run \`npm run keys:rotate\``);
  return unseal({ ciphertext: row.inszCiphertext, keyId: row.keyId }, bindTo(row.id));
}
