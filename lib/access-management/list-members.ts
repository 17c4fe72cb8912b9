import { getDb, type Db } from "@/lib/db/client";
import { readPersonInsz } from "@/lib/access/person-identity";
import type { SessionContext } from "@/lib/access/session-context";
import { managedFunctions, type ManagedFunction } from "./managed-functions";
import { managerScope } from "./manager-scope";
import { refused, type AccessManagementResult } from "./result";

export interface LinkedPhysician {
  linkId: string;
  membershipId: string;
  name: string;
  active: boolean;
}

export interface ManagedMembership {
  id: string;
  function: ManagedFunction;
  active: boolean;
  /** Specialists: RIZIV/INAMI number and specialty code. */
  nihii: string | null;
  specialty: string | null;
  /** Administrative staff: the physicians they register for. */
  physicians: LinkedPhysician[];
  /** The caller's own membership: the UI offers no changes to it (the use cases refuse them). */
  own: boolean;
}

export interface ManagedPerson {
  id: string;
  /** 11 digits; the UI formats it. */
  insz: string;
  firstName: string;
  lastName: string;
  memberships: ManagedMembership[];
}

export interface LinkChoice {
  membershipId: string;
  name: string;
}

export interface MemberOverview {
  organisationName: string;
  people: ManagedPerson[];
  /** Active memberships that can be linked: administrative staff → specialists. */
  administratives: LinkChoice[];
  physicians: LinkChoice[];
}

const functionOrder: Record<ManagedFunction, number> = { SPECIALIST: 0, COORDINATOR: 1, ADMINISTRATIVE: 2, ACCESS_MANAGER: 3 };

const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/** The people of the manager's hospital with their functions there and their links. */
export async function listMembers(context: SessionContext | null, db: Db = getDb()): Promise<AccessManagementResult<MemberOverview>> {
  const scope = managerScope(context);
  if (!scope) return refused("forbidden");
  const { organisationId } = scope;

  const [organisation, memberships] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } }),
    db.membership.findMany({
      where: { organisationId, function: { in: [...managedFunctions] } },
      include: {
        person: true,
        worksFor: {
          // Links are only ever made within one hospital; the filter keeps it so for the reader too.
          where: { physician: { organisationId } },
          include: { physician: { include: { person: true } } },
        },
      },
    }),
  ]);

  const people = new Map<string, ManagedPerson>();
  for (const m of memberships) {
    let person = people.get(m.personId);
    if (!person) {
      person = { id: m.person.id, insz: readPersonInsz(m.person), firstName: m.person.firstName, lastName: m.person.lastName, memberships: [] };
      people.set(m.personId, person);
    }
    person.memberships.push({
      id: m.id,
      function: m.function as ManagedFunction,
      active: m.active,
      nihii: m.nihii,
      specialty: m.specialty,
      physicians: m.worksFor
        .map((link) => ({ linkId: link.id, membershipId: link.physician.id, name: fullName(link.physician.person), active: link.physician.active }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      own: m.personId === scope.personId,
    });
  }

  const sortedPeople = [...people.values()]
    .map((p) => ({ ...p, memberships: p.memberships.sort((a, b) => functionOrder[a.function] - functionOrder[b.function]) }))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.insz.localeCompare(b.insz));

  // The manager's own administrative membership is left out: they do not link themselves.
  const choices = (fn: ManagedFunction) =>
    memberships
      .filter((m) => m.function === fn && m.active && !(fn === "ADMINISTRATIVE" && m.personId === scope.personId))
      .map((m) => ({ membershipId: m.id, name: fullName(m.person) }))
      .sort((a, b) => a.name.localeCompare(b.name));

  return {
    ok: true,
    data: { organisationName: organisation.name, people: sortedPeople, administratives: choices("ADMINISTRATIVE"), physicians: choices("SPECIALIST") },
  };
}
