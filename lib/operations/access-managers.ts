/**
 * Operator use cases for the first person of a hospital: appoint or remove its access manager
 * by INSZ, and list its people. From there the access manager works on the access-management
 * page (adds specialists, coordinators, administrative staff).
 */
import { z } from "zod";
import { getDb, type Db } from "@/lib/db/client";
import { parseInsz } from "@/lib/patients/insz";
import { findOrCreatePersonByInsz, findPersonByInsz, readPersonInsz } from "@/lib/access/person-identity";
import { recordOperatorEvent } from "./operator-audit";
import { findOrganisation, zodProblems } from "./organisations";
import { failed, type OperationResult } from "./result";

const inszProblems = {
  format: "it may hold only digits, dots, dashes and spaces",
  length: "it must have 11 digits",
  date: "its first six digits are no birth date",
  checksum: "its check digits are wrong",
} as const;

function checkInsz(input: string): { ok: true; insz: string } | { ok: false; problem: string } {
  const parsed = parseInsz(input);
  return parsed.ok ? { ok: true, insz: parsed.insz } : { ok: false, problem: `"${input}" is not an INSZ/NISS: ${inszProblems[parsed.reason]}` };
}

const ZPersonName = z.string().trim().min(1, { error: "is required" }).max(100, { error: "must have at most 100 characters" });

export const ZAppointAccessManager = z.object({
  nihii: z.string(),
  insz: z.string(),
  /** Used only when WBCR does not know the person yet. */
  firstName: ZPersonName.optional(),
  lastName: ZPersonName.optional(),
});

export type TAppointAccessManager = z.input<typeof ZAppointAccessManager>;

export interface Appointment {
  organisation: string;
  personId: string;
  name: string;
  personCreated: boolean;
  /** False when a deactivated appointment was made active again. */
  membershipCreated: boolean;
}

export async function appointAccessManager(input: TAppointAccessManager, db: Db = getDb()): Promise<OperationResult<Appointment>> {
  const parsed = ZAppointAccessManager.safeParse(input);
  if (!parsed.success) return failed("invalidInput", ...zodProblems(parsed.error));
  const insz = checkInsz(parsed.data.insz);
  if (!insz.ok) return failed("invalidInput", insz.problem);
  return db.$transaction(async (tx): Promise<OperationResult<Appointment>> => {
    const organisation = await findOrganisation(tx, parsed.data.nihii, true);
    if (!organisation.ok) return organisation;
    const { id: organisationId, name: organisationName } = organisation.data;
    const known = await findPersonByInsz(tx, insz.insz);
    const { firstName, lastName } = parsed.data;
    if (!known && (!firstName || !lastName)) {
      return failed("invalidInput", `WBCR does not know INSZ ${insz.insz} yet: give --first-name and --last-name`);
    }
    const person = known ? { ...known, created: false } : await findOrCreatePersonByInsz(tx, { insz: insz.insz, firstName: firstName!, lastName: lastName! });
    if (person.created) await recordOperatorEvent(tx, organisationId, "access.person.create", { personId: person.id });
    const key = { personId_organisationId_function: { personId: person.id, organisationId, function: "ACCESS_MANAGER" as const } };
    const current = await tx.membership.findUnique({ where: key, select: { id: true, active: true } });
    if (current?.active) return failed("conflict", `${person.firstName} ${person.lastName} is already access manager of ${organisationName}`);
    const membership = current
      ? await tx.membership.update({ where: { id: current.id }, data: { active: true }, select: { id: true } })
      : await tx.membership.create({ data: { personId: person.id, organisationId, function: "ACCESS_MANAGER" }, select: { id: true } });
    await recordOperatorEvent(tx, organisationId, current ? "access.membership.reactivate" : "access.membership.create", {
      personId: person.id,
      membershipId: membership.id,
      function: "ACCESS_MANAGER",
    });
    return {
      ok: true,
      data: { organisation: organisationName, personId: person.id, name: `${person.firstName} ${person.lastName}`, personCreated: person.created, membershipCreated: !current },
    };
  });
}

export async function removeAccessManager(input: { nihii: string; insz: string }, db: Db = getDb()): Promise<OperationResult<{ organisation: string; name: string }>> {
  const insz = checkInsz(input.insz ?? "");
  if (!insz.ok) return failed("invalidInput", insz.problem);
  return db.$transaction(async (tx): Promise<OperationResult<{ organisation: string; name: string }>> => {
    const organisation = await findOrganisation(tx, input.nihii ?? "", false);
    if (!organisation.ok) return organisation;
    const person = await findPersonByInsz(tx, insz.insz);
    const membership = person
      ? await tx.membership.findUnique({
          where: { personId_organisationId_function: { personId: person.id, organisationId: organisation.data.id, function: "ACCESS_MANAGER" } },
          select: { id: true, active: true },
        })
      : null;
    if (!person || !membership?.active) return failed("notFound", `INSZ ${insz.insz} is no access manager of ${organisation.data.name}`);
    await tx.membership.update({ where: { id: membership.id }, data: { active: false } });
    await recordOperatorEvent(tx, organisation.data.id, "access.membership.deactivate", { personId: person.id, membershipId: membership.id, function: "ACCESS_MANAGER" });
    return { ok: true, data: { organisation: organisation.data.name, name: `${person.firstName} ${person.lastName}` } };
  });
}

export interface OrganisationPerson {
  insz: string;
  name: string;
  functions: { function: string; active: boolean }[];
}

export async function listPeopleOfOrganisation(nihii: string, db: Db = getDb()): Promise<OperationResult<{ organisation: string; people: OrganisationPerson[] }>> {
  const organisation = await findOrganisation(db, nihii, false);
  if (!organisation.ok) return organisation;
  const memberships = await db.membership.findMany({
    where: { organisationId: organisation.data.id },
    select: { function: true, active: true, person: { select: { id: true, inszCiphertext: true, keyId: true, firstName: true, lastName: true } } },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }, { function: "asc" }],
  });
  const people = new Map<string, OrganisationPerson>();
  for (const m of memberships) {
    const entry = people.get(m.person.id) ?? { insz: readPersonInsz(m.person), name: `${m.person.firstName} ${m.person.lastName}`, functions: [] };
    entry.functions.push({ function: m.function, active: m.active });
    people.set(m.person.id, entry);
  }
  return { ok: true, data: { organisation: organisation.data.name, people: [...people.values()] } };
}
