/**
 * The authorisation matrix on the data-access layer: function × action × whose registration.
 * Every forbidden cell must load nothing; every allowed one must load the row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personByInsz } from "@/lib/access/person-identity";
import { registrationWhere, responsiblePhysicianFor, type RegistrationAction } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { createTestDb, type TestDb } from "../support/test-db";

type Whose = "own" | "sameHospital" | "otherHospital";
type Status = "DRAFT" | "SENT";
const actions: RegistrationAction[] = ["view", "print", "export", "edit", "send", "delete", "correct"];
const writeOnDraft = new Set<RegistrationAction>(["edit", "send", "delete"]);

/** The spec's role table, written out: may `who` do `action` on a `status` registration that is `whose`? */
type Rule = (action: RegistrationAction, whose: Whose, status: Status) => boolean;
const fitsStatus = (action: RegistrationAction, status: Status) =>
  writeOnDraft.has(action) ? status === "DRAFT" : action === "correct" ? status === "SENT" : true;
const expected: Record<string, Rule> = {
  specialist: (a, w, s) => w === "own" && fitsStatus(a, s),
  administrativeForOwner: (a, w, s) => w === "own" && fitsStatus(a, s),
  administrativeForOther: (a, w, s) => w === "sameHospital" && fitsStatus(a, s),
  coordinator: (a, w, s) => w !== "otherHospital" && fitsStatus(a, s),
  accessManager: () => false,
  registryStaff: (a, _w, s) => s === "SENT" && ["view", "print", "export"].includes(a),
};

describe("access policy matrix", () => {
  let testDb: TestDb;
  const contexts: Record<string, SessionContext> = {};
  const registrations: Record<`${Whose}:${Status}`, string> = {} as never;

  beforeAll(async () => {
    testDb = await createTestDb();
    const { db } = testDb;
    await seedDemo(db);
    contexts.specialist = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    contexts.administrativeForOwner = await signIn(db, people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent, people.gentClaes);
    contexts.administrativeForOther = await signIn(db, people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent, people.gentPeeters);
    contexts.coordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    contexts.accessManager = await signIn(db, people.gentAccessManager, "ACCESS_MANAGER", hospitals.gent);
    contexts.registryStaff = await signIn(db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);

    const owners: Record<Whose, [string, string]> = {
      own: [people.gentClaes, hospitals.gent],
      sameHospital: [people.gentPeeters, hospitals.gent],
      otherHospital: [people.liegeLambert, hospitals.liege],
    };
    for (const [whose, [insz, nihii]] of Object.entries(owners) as [Whose, [string, string]][]) {
      const physician = await db.membership.findFirstOrThrow({
        where: { person: personByInsz(insz), function: "SPECIALIST", organisation: { nihii } },
      });
      for (const status of ["DRAFT", "SENT"] as Status[]) {
        const row = await db.registration.create({
          data: {
            moduleId: "srt",
            organisationId: physician.organisationId,
            responsiblePhysicianId: physician.id,
            createdById: physician.personId,
            createdViaMembershipId: physician.id,
            status,
            reference: status === "SENT" ? `TEST-${whose}` : null,
            sentAt: status === "SENT" ? new Date() : null,
          },
        });
        registrations[`${whose}:${status}`] = row.id;
      }
    }
  });
  afterAll(async () => {
    await testDb?.close();
  });

  for (const who of Object.keys(expected)) {
    for (const action of actions) {
      for (const whose of ["own", "sameHospital", "otherHospital"] as Whose[]) {
        for (const status of ["DRAFT", "SENT"] as Status[]) {
          const allowed = expected[who]!(action, whose, status);
          it(`${who} ${allowed ? "may" : "may not"} ${action} a ${status.toLowerCase()} registration (${whose})`, async () => {
            const where = registrationWhere(contexts[who]!, action);
            const id = registrations[`${whose}:${status}`];
            const found = where ? await testDb.db.registration.findFirst({ where: { AND: [where, { id }] } }) : null;
            expect(found?.id ?? null).toBe(allowed ? id : null);
          });
        }
      }
    }
  }

  it("fails closed: no context, an unfinished login or an unknown function sees nothing", async () => {
    expect(registrationWhere(null, "view")).toBeNull();
    const unfinished = { ...contexts.specialist!, membership: null };
    expect(registrationWhere(unfinished, "view")).toBeNull();
    const forged = { ...contexts.specialist!, membership: { ...contexts.specialist!.membership!, function: "ROOT" as never } };
    expect(registrationWhere(forged, "view")).toBeNull();
    const adminWithoutPhysician = { ...contexts.administrativeForOwner!, actingFor: null };
    expect(registrationWhere(adminWithoutPhysician, "view")).toBeNull();
  });

  it("names the responsible physician of new registrations: self for specialists, the chosen one for staff", () => {
    expect(responsiblePhysicianFor(contexts.specialist!)).toBe(contexts.specialist!.membership!.id);
    expect(responsiblePhysicianFor(contexts.administrativeForOwner!)).toBe(contexts.administrativeForOwner!.actingFor!.membershipId);
    expect(responsiblePhysicianFor(contexts.coordinator!)).toBeNull();
    expect(responsiblePhysicianFor(contexts.accessManager!)).toBeNull();
    expect(responsiblePhysicianFor(contexts.registryStaff!)).toBeNull();
  });
});
