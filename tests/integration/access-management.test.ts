/**
 * Access management (F-ROLE, F-SEC-4): a hospital's access manager manages people, memberships
 * and responsibility links of their own hospital only; everyone else is refused before anything
 * is read, and every change is audited in the same transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personByInsz } from "@/lib/access/person-identity";
import { addMember } from "@/lib/access-management/add-member";
import { linkPhysician } from "@/lib/access-management/link-physician";
import { listMembers } from "@/lib/access-management/list-members";
import { removeLink } from "@/lib/access-management/remove-link";
import type { AccessManagementResult } from "@/lib/access-management/result";
import type { TAddMemberInput } from "@/lib/access-management/schemas";
import { setMembershipActive } from "@/lib/access-management/set-membership-active";
import { sessionStage, type SessionContext } from "@/lib/access/session-context";
import type { Db } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed";
import { inszCheckDigits } from "@/lib/patients/insz-check-digits";
import { reload, signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { createTestDb, type TestDb } from "../support/test-db";

const liegeAccessManager = "67112159763"; // Luc Simon
const liegeDupont = "61100497166";
const liegeMartin = "80041210084";

/** A valid national number (born in the 1900s) from its first nine digits. */
const insz = (firstNine: string) => `${firstNine}${inszCheckDigits(firstNine, 1900)}`;
const newSpecialistInsz = insz("790206001");
const newAdministrativeBisInsz = insz("794206005"); // BIS number: month + 40

/** A database that fails the test if a refused call touches it at all. */
const untouchable = new Proxy({} as Db, {
  get(_target, property) {
    throw new Error(`a refused call used db.${String(property)}`);
  },
});

async function snapshot(db: Db) {
  return {
    people: await db.person.count(),
    memberships: await db.membership.count(),
    activeMemberships: await db.membership.count({ where: { active: true } }),
    links: await db.responsibilityLink.count(),
    auditEvents: await db.auditEvent.count(),
  };
}

function expectRefused<T>(result: AccessManagementResult<T>, error: string): void {
  expect(result.ok ? "ok" : result.error).toBe(error);
}

function unwrap<T>(result: AccessManagementResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

describe("access management", () => {
  let testDb: TestDb;
  let db: Db;
  let manager: SessionContext;
  let gentManager: SessionContext;
  let coordinator: SessionContext;
  let specialist: SessionContext;
  let administrative: SessionContext;
  let registryStaff: SessionContext;
  /** Liège ids used by the refusal tests. */
  const liege = { lambert: "", dupont: "", martin: "", leclercq: "", coordinator: "", managerOwn: "", leclercqToLambert: "" };
  const gent = { claes: "", wouters: "", woutersToClaes: "" };

  const membershipOf = async (inszOf: string, fn: "SPECIALIST" | "ADMINISTRATIVE" | "COORDINATOR" | "ACCESS_MANAGER", nihii: string) =>
    (await db.membership.findFirstOrThrow({ where: { person: personByInsz(inszOf), function: fn, organisation: { nihii } } })).id;
  const linkOf = async (administrativeMembershipId: string, physicianMembershipId: string) =>
    (
      await db.responsibilityLink.findUniqueOrThrow({
        where: { administrativeMembershipId_physicianMembershipId: { administrativeMembershipId, physicianMembershipId } },
      })
    ).id;

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    await seedDemo(db);
    manager = await signIn(db, liegeAccessManager, "ACCESS_MANAGER", hospitals.liege);
    gentManager = await signIn(db, people.gentAccessManager, "ACCESS_MANAGER", hospitals.gent);
    coordinator = await signIn(db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);
    specialist = await signIn(db, people.liegeLambert, "SPECIALIST", hospitals.liege);
    administrative = await signIn(db, people.liegeAdminForLambertAndDupont, "ADMINISTRATIVE", hospitals.liege, people.liegeLambert);
    registryStaff = await signIn(db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);

    liege.lambert = await membershipOf(people.liegeLambert, "SPECIALIST", hospitals.liege);
    liege.dupont = await membershipOf(liegeDupont, "SPECIALIST", hospitals.liege);
    liege.martin = await membershipOf(liegeMartin, "SPECIALIST", hospitals.liege);
    liege.leclercq = await membershipOf(people.liegeAdminForLambertAndDupont, "ADMINISTRATIVE", hospitals.liege);
    liege.coordinator = await membershipOf(people.liegeCoordinator, "COORDINATOR", hospitals.liege);
    liege.managerOwn = await membershipOf(liegeAccessManager, "ACCESS_MANAGER", hospitals.liege);
    liege.leclercqToLambert = await linkOf(liege.leclercq, liege.lambert);
    gent.claes = await membershipOf(people.gentClaes, "SPECIALIST", hospitals.gent);
    gent.wouters = await membershipOf(people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent);
    gent.woutersToClaes = await linkOf(gent.wouters, gent.claes);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("lists the people of the manager's own hospital, with functions, status and links", async () => {
    const overview = unwrap(await listMembers(manager, db));
    expect(overview.organisationName).toBe("CHU Démo Liège");
    const names = overview.people.map((p) => `${p.firstName} ${p.lastName}`);
    expect(names).toEqual(expect.arrayContaining(["Philippe Lambert", "Marc Dupont", "Céline Leclercq", "Isabelle Dubois", "Luc Simon"]));
    expect(names).not.toContain("Pieter De Smet"); // AZ Demo Gent
    expect(names).not.toContain("Hilde Verstraete"); // the registry
    expect(overview.people).toHaveLength(7);

    const leclercq = overview.people.find((p) => p.lastName === "Leclercq")!;
    expect(leclercq.insz).toBe(people.liegeAdminForLambertAndDupont);
    expect(leclercq.memberships).toHaveLength(1);
    expect(leclercq.memberships[0]).toMatchObject({ function: "ADMINISTRATIVE", active: true, own: false });
    expect(leclercq.memberships[0]!.physicians.map((p) => p.name)).toEqual(["Marc Dupont", "Philippe Lambert"]);

    const simon = overview.people.find((p) => p.lastName === "Simon")!;
    expect(simon.memberships[0]).toMatchObject({ function: "ACCESS_MANAGER", own: true });
    expect(overview.administratives.map((c) => c.name)).toEqual(["Céline Leclercq", "Julie Renard"]);
    expect(overview.physicians.map((c) => c.name)).toEqual(["Marc Dupont", "Nathalie Martin", "Philippe Lambert"]);
  });

  it("creates a person and gives them a membership, both audited", async () => {
    const before = await snapshot(db);
    const added = unwrap(
      await addMember(
        manager,
        {
          insz: `${newSpecialistInsz.slice(0, 2)}.${newSpecialistInsz.slice(2, 4)}.${newSpecialistInsz.slice(4, 6)}-${newSpecialistInsz.slice(6, 9)}.${newSpecialistInsz.slice(9)}`,
          firstName: "  Anne ",
          lastName: "Lemaire-D'Hondt",
          function: "SPECIALIST",
          nihii: "1-23456-78-901",
          specialty: "RADIOTHERAPY",
        },
        db,
      ),
    );
    expect(added.personCreated).toBe(true);

    const person = await db.person.findUniqueOrThrow({ where: personByInsz(newSpecialistInsz), include: { memberships: { include: { organisation: true } } } });
    expect(person).toMatchObject({ id: added.personId, firstName: "Anne", lastName: "Lemaire-D'Hondt" });
    expect(person.memberships).toHaveLength(1);
    expect(person.memberships[0]).toMatchObject({
      id: added.membershipId,
      function: "SPECIALIST",
      nihii: "12345678901",
      specialty: "RADIOTHERAPY",
      active: true,
    });
    expect(person.memberships[0]!.organisation.nihii).toBe(hospitals.liege);

    const after = await snapshot(db);
    expect(after).toEqual({
      ...before,
      people: before.people + 1,
      memberships: before.memberships + 1,
      activeMemberships: before.activeMemberships + 1,
      auditEvents: before.auditEvents + 2,
    });
    const events = await db.auditEvent.findMany({ where: { action: { startsWith: "access." } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["access.person.create", "access.membership.create"]);
    for (const event of events) {
      expect(event).toMatchObject({ personId: manager.person.id, organisationId: manager.membership!.organisationId });
    }
    expect(events[0]!.details).toEqual({ personId: added.personId });
    expect(events[1]!.details).toEqual({ personId: added.personId, membershipId: added.membershipId, function: "SPECIALIST" });
  });

  it("accepts a BIS number, and adds only a membership for a person known through another hospital, keeping their name", async () => {
    const admin = unwrap(
      await addMember(manager, { insz: newAdministrativeBisInsz, firstName: "Marie", lastName: "Bis", function: "ADMINISTRATIVE" }, db),
    );
    expect(admin.personCreated).toBe(true);

    const before = await snapshot(db);
    const added = unwrap(
      await addMember(manager, { insz: people.gentPeeters, firstName: "Jean", lastName: "Pierre", function: "COORDINATOR" }, db),
    );
    expect(added.personCreated).toBe(false);
    const peeters = await db.person.findUniqueOrThrow({ where: personByInsz(people.gentPeeters) });
    expect(peeters).toMatchObject({ id: added.personId, firstName: "Jan", lastName: "Peeters" });
    expect(await snapshot(db)).toEqual({
      ...before,
      memberships: before.memberships + 1,
      activeMemberships: before.activeMemberships + 1,
      auditEvents: before.auditEvents + 1,
    });
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({ action: "access.membership.create", details: { personId: added.personId, membershipId: added.membershipId, function: "COORDINATOR" } });

    // The same function twice is refused; nothing changes.
    const again = await snapshot(db);
    expectRefused(await addMember(manager, { insz: people.gentPeeters, firstName: "Jan", lastName: "Peeters", function: "COORDINATOR" }, db), "membershipExists");
    expect(await snapshot(db)).toEqual(again);
  });

  it("refuses invalid input of every kind with a message per field, changing nothing", async () => {
    const valid: TAddMemberInput = { insz: insz("850101123"), firstName: "Eva", lastName: "Valid", function: "SPECIALIST" };
    const cases: [Partial<Record<keyof TAddMemberInput, unknown>>, string, string][] = [
      [{ insz: newSpecialistInsz.slice(0, 9) + "00" }, "insz", "errors.inszChecksum"],
      [{ insz: "85O73003328" }, "insz", "errors.inszFormat"],
      [{ insz: "8507300332" }, "insz", "errors.inszLength"],
      [{ insz: "85133000000" }, "insz", "errors.inszDate"],
      [{ insz: "   " }, "insz", "errors.inszRequired"],
      [{ insz: undefined }, "insz", "errors.inszRequired"],
      [{ firstName: "" }, "firstName", "errors.firstNameRequired"],
      [{ lastName: "<script>" }, "lastName", "errors.nameInvalid"],
      [{ lastName: "x".repeat(101) }, "lastName", "errors.nameTooLong"],
      [{ function: "REGISTRY_STAFF" }, "function", "errors.functionInvalid"],
      [{ function: "ADMIN" }, "function", "errors.functionInvalid"],
      [{ nihii: "1234567" }, "nihii", "errors.nihiiInvalid"],
      [{ nihii: "123456789012" }, "nihii", "errors.nihiiInvalid"],
      [{ specialty: "ASTROLOGY" }, "specialty", "errors.specialtyInvalid"],
      [{ function: "COORDINATOR", nihii: "12345678" }, "nihii", "errors.specialistOnly"],
      [{ function: "ADMINISTRATIVE", specialty: "RADIOTHERAPY" }, "specialty", "errors.specialistOnly"],
    ];
    const before = await snapshot(db);
    for (const [change, field, message] of cases) {
      const result = await addMember(manager, { ...valid, ...change } as TAddMemberInput, db);
      expect(result, JSON.stringify(change)).toEqual({ ok: false, error: "invalidInput", fieldErrors: { [field]: [message] } });
    }
    expectRefused(await setMembershipActive(manager, { membershipId: "not-a-uuid", active: false }, db), "invalidInput");
    expectRefused(await setMembershipActive(manager, { membershipId: liege.lambert, active: "no" as never }, db), "invalidInput");
    expectRefused(await linkPhysician(manager, { administrativeMembershipId: liege.leclercq, physicianMembershipId: "'; DROP TABLE x" }, db), "invalidInput");
    expectRefused(await removeLink(manager, { linkId: 42 as never }, db), "invalidInput");
    expect(await snapshot(db)).toEqual(before);
    expect(await db.person.findUnique({ where: personByInsz(valid.insz) })).toBeNull();
  });

  it("links administrative staff to a physician and removes the link, both audited", async () => {
    const admin = await membershipOf(newAdministrativeBisInsz, "ADMINISTRATIVE", hospitals.liege);
    const physician = await membershipOf(newSpecialistInsz, "SPECIALIST", hospitals.liege);

    let before = await snapshot(db);
    const { linkId } = unwrap(await linkPhysician(manager, { administrativeMembershipId: admin, physicianMembershipId: physician }, db));
    expect(await snapshot(db)).toEqual({ ...before, links: before.links + 1, auditEvents: before.auditEvents + 1 });
    const created = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(created).toMatchObject({
      action: "access.link.create",
      personId: manager.person.id,
      organisationId: manager.membership!.organisationId,
      details: { linkId, administrativeMembershipId: admin, physicianMembershipId: physician },
    });
    const listed = unwrap(await listMembers(manager, db)).people.find((p) => p.insz === newAdministrativeBisInsz)!;
    expect(listed.memberships[0]!.physicians.map((p) => p.name)).toEqual(["Anne Lemaire-D'Hondt"]);

    before = await snapshot(db);
    expectRefused(await linkPhysician(manager, { administrativeMembershipId: admin, physicianMembershipId: physician }, db), "linkExists");
    expectRefused(await linkPhysician(manager, { administrativeMembershipId: admin, physicianMembershipId: liege.coordinator }, db), "notSpecialist");
    expectRefused(await linkPhysician(manager, { administrativeMembershipId: liege.dupont, physicianMembershipId: physician }, db), "notAdministrative");
    expectRefused(await linkPhysician(manager, { administrativeMembershipId: admin, physicianMembershipId: liege.managerOwn }, db), "notSpecialist");
    expect(await snapshot(db)).toEqual(before);

    const removed = unwrap(await removeLink(manager, { linkId }, db));
    expect(removed.linkId).toBe(linkId);
    expect(await snapshot(db)).toEqual({ ...before, links: before.links - 1, auditEvents: before.auditEvents + 1 });
    expect(await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "access.link.remove",
      details: { linkId, administrativeMembershipId: admin, physicianMembershipId: physician },
    });
    const afterRemoval = await snapshot(db);
    expectRefused(await removeLink(manager, { linkId }, db), "notFound");
    expect(await snapshot(db)).toEqual(afterRemoval);

    // Linked again: the state the deactivation test starts from.
    unwrap(await linkPhysician(manager, { administrativeMembershipId: admin, physicianMembershipId: physician }, db));
  });

  it("deactivates a membership (which stops working at once) and reactivates it, audited; never deletes", async () => {
    const physician = await membershipOf(newSpecialistInsz, "SPECIALIST", hospitals.liege);
    const admin = await membershipOf(newAdministrativeBisInsz, "ADMINISTRATIVE", hospitals.liege);
    const newSpecialist = await signIn(db, newSpecialistInsz, "SPECIALIST", hospitals.liege);
    expect(sessionStage(newSpecialist)).toBe("ready");
    const assistant = await signIn(db, newAdministrativeBisInsz, "ADMINISTRATIVE", hospitals.liege, newSpecialistInsz);
    expect(assistant.actingFor?.membershipId).toBe(physician);

    let before = await snapshot(db);
    expect(unwrap(await setMembershipActive(manager, { membershipId: physician, active: false }, db))).toEqual({
      membershipId: physician,
      active: false,
      changed: true,
    });
    expect(await snapshot(db)).toEqual({ ...before, activeMemberships: before.activeMemberships - 1, auditEvents: before.auditEvents + 1 });
    expect(await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "access.membership.deactivate",
      personId: manager.person.id,
      details: { membershipId: physician, function: "SPECIALIST" },
    });
    // Their own session loses the function, the assistant's loses the physician.
    expect(sessionStage(await reload(db, newSpecialist))).toBe("organisation");
    expect((await reload(db, assistant)).actingFor).toBeNull();
    // The link stays (it is history), but a new one to an inactive physician is refused.
    before = await snapshot(db);
    const other = unwrap(await addMember(manager, { insz: insz("880412002"), firstName: "Paul", lastName: "Other", function: "ADMINISTRATIVE" }, db));
    const afterOther = await snapshot(db);
    expectRefused(
      await linkPhysician(manager, { administrativeMembershipId: other.membershipId, physicianMembershipId: physician }, db),
      "membershipInactive",
    );
    expect(await snapshot(db)).toEqual(afterOther);
    expect(afterOther.people).toBe(before.people + 1);

    // Deactivating again changes and audits nothing.
    const idle = await snapshot(db);
    expect(unwrap(await setMembershipActive(manager, { membershipId: physician, active: "false" }, db)).changed).toBe(false);
    expect(await snapshot(db)).toEqual(idle);

    expect(unwrap(await setMembershipActive(manager, { membershipId: physician, active: "true" }, db)).changed).toBe(true);
    expect(await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({ action: "access.membership.reactivate" });
    expect(sessionStage(await signIn(db, newSpecialistInsz, "SPECIALIST", hospitals.liege))).toBe("ready");
    expect(await db.responsibilityLink.count({ where: { administrativeMembershipId: admin, physicianMembershipId: physician } })).toBe(1);
  });

  it("refuses the manager's own lock-out and any change to their own access", async () => {
    const before = await snapshot(db);
    expectRefused(await setMembershipActive(manager, { membershipId: liege.managerOwn, active: false }, db), "selfLockOut");
    expectRefused(await addMember(manager, { insz: liegeAccessManager, firstName: "Luc", lastName: "Simon", function: "COORDINATOR" }, db), "ownAccess");
    expect(await snapshot(db)).toEqual(before);
    expect((await db.membership.findUniqueOrThrow({ where: { id: liege.managerOwn } })).active).toBe(true);
    expect(sessionStage(await reload(db, manager))).toBe("ready");
  });

  it("refuses everyone but an access manager for every use case, reading and changing nothing", async () => {
    const notReady: SessionContext = { ...manager, membership: null };
    const termsPending: SessionContext = { ...manager, termsAccepted: false };
    const refusedContexts: [string, SessionContext | null][] = [
      ["signed out", null],
      ["coordinator", coordinator],
      ["specialist", specialist],
      ["administrative staff", administrative],
      ["registry staff", registryStaff],
      ["manager before choosing a membership", notReady],
      ["manager before accepting the terms", termsPending],
    ];
    const before = await snapshot(db);
    let refusals = 0;
    for (const [who, context] of refusedContexts) {
      for (const database of [untouchable, db]) {
        const results = await Promise.all([
          listMembers(context, database),
          addMember(context, { insz: insz("820315045"), firstName: "No", lastName: "Body", function: "ACCESS_MANAGER" }, database),
          setMembershipActive(context, { membershipId: liege.lambert, active: false }, database),
          linkPhysician(context, { administrativeMembershipId: liege.leclercq, physicianMembershipId: liege.martin }, database),
          removeLink(context, { linkId: liege.leclercqToLambert }, database),
        ]);
        for (const result of results) {
          expect(result, who).toEqual({ ok: false, error: "forbidden" });
          refusals++;
        }
      }
    }
    expect(refusals).toBe(refusedContexts.length * 2 * 5);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.person.findUnique({ where: personByInsz(insz("820315045")) })).toBeNull();
    expect((await db.membership.findUniqueOrThrow({ where: { id: liege.lambert } })).active).toBe(true);
    expect(await db.responsibilityLink.count({ where: { id: liege.leclercqToLambert } })).toBe(1);
  });

  it("treats another hospital's ids as not found, in both directions, changing nothing", async () => {
    const before = await snapshot(db);
    const gentView = unwrap(await listMembers(gentManager, db));
    expect(gentView.organisationName).toBe("AZ Demo Gent");
    expect(gentView.people.map((p) => p.lastName)).not.toContain("Lambert");
    expect(gentView.people.map((p) => p.lastName)).not.toContain("Lemaire-D'Hondt");
    // Jan Peeters got a Liège membership above: Gent's manager sees only his Gent function.
    expect(gentView.people.find((p) => p.insz === people.gentPeeters)!.memberships.map((m) => m.function)).toEqual(["SPECIALIST"]);

    expectRefused(await setMembershipActive(gentManager, { membershipId: liege.lambert, active: false }, db), "notFound");
    expectRefused(await setMembershipActive(gentManager, { membershipId: liege.managerOwn, active: false }, db), "notFound");
    expectRefused(await linkPhysician(gentManager, { administrativeMembershipId: liege.leclercq, physicianMembershipId: liege.martin }, db), "notFound");
    expectRefused(await linkPhysician(gentManager, { administrativeMembershipId: gent.wouters, physicianMembershipId: liege.martin }, db), "notFound");
    expectRefused(await removeLink(gentManager, { linkId: liege.leclercqToLambert }, db), "notFound");

    expectRefused(await setMembershipActive(manager, { membershipId: gent.claes, active: false }, db), "notFound");
    expectRefused(await linkPhysician(manager, { administrativeMembershipId: liege.leclercq, physicianMembershipId: gent.claes }, db), "notFound");
    expectRefused(await linkPhysician(manager, { administrativeMembershipId: gent.wouters, physicianMembershipId: liege.martin }, db), "notFound");
    expectRefused(await removeLink(manager, { linkId: gent.woutersToClaes }, db), "notFound");
    expectRefused(await setMembershipActive(manager, { membershipId: "00000000-0000-4000-8000-000000000000", active: false }, db), "notFound");

    expect(await snapshot(db)).toEqual(before);
    expect((await db.membership.findUniqueOrThrow({ where: { id: liege.lambert } })).active).toBe(true);
    expect((await db.membership.findUniqueOrThrow({ where: { id: gent.claes } })).active).toBe(true);
  });
});
