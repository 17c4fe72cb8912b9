/**
 * The one-statement save (UPDATE under the policy's scope + its audit row) allows exactly what
 * the policy's Prisma filter allows, and writes the audit row only when the draft changed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { saveDraft } from "@/lib/registrations/save-draft";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { createTestDb, type TestDb } from "../support/test-db";

describe("saving a draft in one statement", () => {
  let testDb: TestDb;
  const contexts: Record<string, SessionContext> = {};
  let draftId: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    const { db } = testDb;
    await seedDemo(db);
    contexts.owner = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    contexts.colleague = await signIn(db, people.gentPeeters, "SPECIALIST", hospitals.gent);
    contexts.staffForOwner = await signIn(db, people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent, people.gentClaes);
    contexts.staffForOther = await signIn(db, people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent, people.gentPeeters);
    contexts.coordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    contexts.otherCoordinator = await signIn(db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);
    contexts.accessManager = await signIn(db, people.gentAccessManager, "ACCESS_MANAGER", hospitals.gent);
    contexts.registryStaff = await signIn(db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);
    const owner = contexts.owner.membership!;
    draftId = (
      await db.registration.create({
        data: {
          moduleId: "srt",
          organisationId: owner.organisationId,
          responsiblePhysicianId: owner.id,
          createdById: contexts.owner.person.id,
          createdViaMembershipId: owner.id,
        },
      })
    ).id;
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("saves for exactly the profiles the policy lets edit, with one audit row per save", async () => {
    const { db } = testDb;
    for (const [who, context] of Object.entries(contexts)) {
      const where = registrationWhere(context, "edit");
      const allowed = where !== null && (await db.registration.count({ where: { AND: [where, { id: draftId }] } })) === 1;
      const before = await db.registration.findUniqueOrThrow({ where: { id: draftId } });
      const audits = await db.auditEvent.count({ where: { registrationId: draftId, action: "registration.save" } });
      const result = await saveDraft(context, { id: draftId, version: before.version, formData: { comments: who } }, db);
      const after = await db.registration.findUniqueOrThrow({ where: { id: draftId } });
      expect(result.ok, who).toBe(allowed);
      expect(after.version, who).toBe(before.version + (allowed ? 1 : 0));
      expect(await db.auditEvent.count({ where: { registrationId: draftId, action: "registration.save" } }), who).toBe(audits + (allowed ? 1 : 0));
      if (allowed) {
        expect(after.formData, who).toEqual({ comments: who });
        expect(after.validationStatus).toBe("NOT_VALIDATED");
        const audit = await db.auditEvent.findFirstOrThrow({ where: { registrationId: draftId }, orderBy: { id: "desc" } });
        expect(audit).toMatchObject({ personId: context.person.id, moduleId: "srt", details: { version: before.version + 1, parts: ["form"] } });
        expect(Math.abs(audit.at.getTime() - after.updatedAt.getTime())).toBe(0);
        expect(Math.abs(after.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
      }
    }
    expect(Object.keys(contexts).filter((who) => registrationWhere(contexts[who]!, "edit") !== null)).toContain("owner");
  });

  it("refuses a stale version and changes nothing", async () => {
    const { db } = testDb;
    const row = await db.registration.findUniqueOrThrow({ where: { id: draftId } });
    const result = await saveDraft(contexts.owner!, { id: draftId, version: row.version - 1, formData: { comments: "late" } }, db);
    expect(result).toMatchObject({ ok: false, code: "stale" });
    expect((await db.registration.findUniqueOrThrow({ where: { id: draftId } })).version).toBe(row.version);
  });
});
