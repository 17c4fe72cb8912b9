import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPersonInsz } from "@/lib/access/person-identity";
import { campusListSelect, hospitalListsOf } from "@/lib/campuses/hospital-lists";
import { isDemoSeeded, seedDemo } from "@/lib/db/seed";
import { demoPeople } from "@/lib/demo/people";
import { allModules } from "@/lib/modules/registry";
import { decryptIdentity } from "@/lib/patients/identity-protection";
import { validateRegistration } from "@/lib/registrations/validate-registration";
import { createTestDb, type TestDb } from "../support/test-db";

describe("demo seed", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb.close();
  });

  async function counts() {
    const { db } = testDb;
    return {
      organisations: await db.organisation.count(),
      people: await db.person.count(),
      memberships: await db.membership.count(),
      links: await db.responsibilityLink.count(),
      modules: await db.module.count(),
      insurers: await db.insurer.count(),
      terms: await db.termsVersion.count(),
    };
  }

  it("creates three hospitals with their staff, the registry and the reference data", async () => {
    expect(await isDemoSeeded(testDb.db)).toBe(false);
    await seedDemo(testDb.db);
    expect(await isDemoSeeded(testDb.db)).toBe(true);

    const hospitals = await testDb.db.organisation.findMany({
      where: { kind: "HOSPITAL" },
      include: { memberships: true },
      orderBy: { name: "asc" },
    });
    expect(hospitals).toHaveLength(3);
    for (const hospital of hospitals) {
      const byFunction = (f: string) => hospital.memberships.filter((m) => m.function === f).length;
      expect(byFunction("COORDINATOR"), hospital.name).toBe(1);
      expect(byFunction("SPECIALIST"), hospital.name).toBeGreaterThanOrEqual(3);
      expect(byFunction("ADMINISTRATIVE"), hospital.name).toBe(2);
      expect(byFunction("ACCESS_MANAGER"), hospital.name).toBe(1);
    }
    const registryStaff = await testDb.db.membership.count({ where: { function: "REGISTRY_STAFF" } });
    expect(registryStaff).toBe(1);

    const c = await counts();
    expect(c.people).toBe(demoPeople.length);
    expect(c.modules).toBeGreaterThanOrEqual(1);
    expect(c.insurers).toBeGreaterThanOrEqual(8);
    expect(c.terms).toBe(1);
  });

  it("links each administrative employee to physicians of the same hospital, one of them to two", async () => {
    const administratives = await testDb.db.membership.findMany({
      where: { function: "ADMINISTRATIVE" },
      include: { worksFor: { include: { physician: true } } },
    });
    expect(administratives).toHaveLength(6);
    for (const admin of administratives) {
      expect(admin.worksFor.length).toBeGreaterThanOrEqual(1);
      for (const link of admin.worksFor) {
        expect(link.physician.function).toBe("SPECIALIST");
        expect(link.physician.organisationId).toBe(admin.organisationId);
      }
    }
    expect(administratives.some((a) => a.worksFor.length === 2)).toBe(true);
  });

  it("is idempotent: seeding again changes no counts", async () => {
    const before = await counts();
    await seedDemo(testDb.db);
    expect(await counts()).toEqual(before);
  });
});

/** The standard module's checks of the patient's sex (X07, X08, E50, W50). */
const SEX_CHECKS = new Set(["A55-E107", "A55-W108", "A55-E50", "A55-W50"]);

describe("demo registrations", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
  });
  afterAll(async () => {
    await testDb.close();
  });

  it("spreads drafts and valid sent registrations over physicians and hospitals, once", async () => {
    const { seedDemoRegistrations } = await import("@/lib/db/seed");
    const { checkRegistration } = await import("@/lib/registrations/check-registration");
    const now = new Date("2026-06-01T12:00:00Z");
    const created = await seedDemoRegistrations(testDb.db, 200, now);
    expect(await seedDemoRegistrations(testDb.db, 200, now)).toBe(0);
    const { db } = testDb;
    expect(created).toBe(await db.registration.count());
    // 200 first registrations per module with demo data; follow-ups come on top.
    const initial = await db.registration.groupBy({ by: ["moduleId"], where: { kind: "INITIAL" }, _count: true });
    expect(Object.fromEntries(initial.map((group) => [group.moduleId, group._count]))).toEqual(Object.fromEntries(allModules().filter((m) => m.demo).map((m) => [m.id, 200])));
    const byStatus = await db.registration.groupBy({ by: ["status"], _count: true });
    expect(byStatus.map((g) => g.status).sort()).toEqual(["DRAFT", "SENT"]);
    expect((await db.registration.groupBy({ by: ["organisationId"], _count: true })).length).toBe(3);
    const references = (await db.registration.findMany({ where: { status: "SENT" }, select: { reference: true } })).map((r) => r.reference);
    expect(new Set(references).size).toBe(references.length);
    // Every sent demo registration passes validation, as if it had been sent through the app.
    const sent = await db.registration.findFirstOrThrow({ where: { status: "SENT" }, include: { organisation: true } });
    const coordinator = await db.membership.findFirstOrThrow({ where: { organisationId: sent.organisationId, function: "COORDINATOR" }, include: { person: true } });
    const { signIn } = await import("../support/contexts");
    const context = await signIn(db, readPersonInsz(coordinator.person), "COORDINATOR", sent.organisation.nihii);
    const checked = await checkRegistration(context, sent.id, db, now);
    expect(checked?.outcome.errorCount).toBe(0);
  });

  it("gives modules with follow-ups follow-ups of sent registrations, each patient the sex its example needs, and the person lists their physicians", async () => {
    const { db } = testDb;
    const now = new Date("2026-06-01T12:00:00Z");
    const withFollowUps = allModules().filter((m) => m.demo?.followUps && m.followUp);
    for (const declaration of withFollowUps) {
      const rows = await db.registration.findMany({
        where: { moduleId: declaration.id },
        include: {
          patient: true,
          followUpOf: { select: { id: true, reference: true, sentAt: true, formData: true, status: true, patient: true } },
          organisation: { include: { campuses: { select: campusListSelect } } },
        },
      });
      const followUps = rows.filter((row) => row.kind === "FOLLOW_UP");
      expect(followUps.length, declaration.id).toBeGreaterThan(5);
      expect(followUps.some((row) => row.status === "SENT")).toBe(true);
      const sexRules = new Set<string>();
      for (const row of rows) {
        const patient = decryptIdentity(row.patient!);
        if (row.followUpOf) {
          expect(row.followUpOf.status).toBe("SENT");
          expect(decryptIdentity(row.followUpOf.patient!).insz).toBe(patient.insz);
        }
        const outcome = validateRegistration({ ...row, patient, identifiedByService: true, hospitalLists: hospitalListsOf(row.organisation.campuses) }, { today: now });
        if (row.status === "SENT") expect(outcome.errorCount, `${row.reference}: ${outcome.issues.map((i) => i.ruleId)}`).toBe(0);
        for (const issue of outcome.issues) if (SEX_CHECKS.has(issue.ruleId)) sexRules.add(issue.ruleId);
      }
      // No demo registration carries a sex check's finding: the patient suits the example.
      expect([...sexRules], declaration.id).toEqual([]);
    }
    const lists = await db.personListEntry.groupBy({ by: ["organisationId", "listKey"], _count: true });
    if (withFollowUps.length > 0) expect(lists.filter((list) => list.listKey === "moc-participants").length).toBe(3);
  });
});
