import type { Db } from "@/lib/db/client";
import { newPersonData, personByInsz } from "@/lib/access/person-identity";
import { demoCampuses } from "@/lib/demo/campuses";
import { demoOrganisations, demoPeople } from "@/lib/demo/people";

/** Demo hospitals, people, memberships and responsibility links (idempotent upserts). */
export async function seedDemoPeople(db: Db): Promise<void> {
  const organisationIds = new Map<string, string>();
  for (const { key, ...organisation } of demoOrganisations) {
    const row = await db.organisation.upsert({
      where: { nihii: organisation.nihii },
      update: { name: organisation.name, postalCode: organisation.postalCode, town: organisation.town },
      create: organisation,
    });
    organisationIds.set(key, row.id);
    // The hospital's campus list (its access manager keeps it); existing campuses are left as they are.
    const campuses = demoCampuses[key] ?? [];
    if (campuses.length > 0) await db.campus.createMany({ data: campuses.map((campus) => ({ organisationId: row.id, ...campus })), skipDuplicates: true });
  }

  // membership id by "<insz>@<organisation key>" for physicians, to link administrative staff.
  const physicianMemberships = new Map<string, string>();
  for (const person of demoPeople) {
    const { insz, firstName, lastName, locale } = person;
    const row = await db.person.upsert({
      where: personByInsz(insz),
      update: { firstName, lastName },
      create: newPersonData({ insz, firstName, lastName, locale }),
    });
    for (const membership of person.memberships) {
      const organisationId = requireId(organisationIds, membership.organisation);
      const saved = await db.membership.upsert({
        where: { personId_organisationId_function: { personId: row.id, organisationId, function: membership.function } },
        update: { nihii: membership.nihii ?? null, specialty: membership.specialty ?? null, active: true },
        create: {
          personId: row.id,
          organisationId,
          function: membership.function,
          nihii: membership.nihii ?? null,
          specialty: membership.specialty ?? null,
        },
      });
      if (membership.function === "SPECIALIST") physicianMemberships.set(`${insz}@${membership.organisation}`, saved.id);
    }
  }

  for (const person of demoPeople) {
    for (const membership of person.memberships.filter((m) => m.function === "ADMINISTRATIVE")) {
      const administrative = await db.membership.findFirstOrThrow({
        where: { person: personByInsz(person.insz), organisationId: requireId(organisationIds, membership.organisation), function: "ADMINISTRATIVE" },
      });
      for (const physicianInsz of membership.worksFor ?? []) {
        const physicianMembershipId = requireId(physicianMemberships, `${physicianInsz}@${membership.organisation}`);
        await db.responsibilityLink.upsert({
          where: {
            administrativeMembershipId_physicianMembershipId: { administrativeMembershipId: administrative.id, physicianMembershipId },
          },
          update: {},
          create: { administrativeMembershipId: administrative.id, physicianMembershipId },
        });
      }
    }
  }
}

function requireId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo data refers to unknown key ${key}`);
  return id;
}
