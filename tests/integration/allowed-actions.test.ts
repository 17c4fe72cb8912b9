/**
 * The actions a page offers on a loaded registration are computed from the row (no query per
 * action); they must be exactly what the policy's database filter allows, for every profile.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegistrationAction } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo, seedDemoRegistrations } from "@/lib/db/seed";
import { allowedActions, allowedActionsOn } from "@/lib/registrations/allowed-actions";
import { getRegistration } from "@/lib/registrations/get-registration";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { createTestDb, type TestDb } from "../support/test-db";

const actions: RegistrationAction[] = ["view", "print", "export", "edit", "send", "delete", "correct"];

describe("allowed actions of a loaded registration", () => {
  let testDb: TestDb;
  let contexts: SessionContext[];

  beforeAll(async () => {
    testDb = await createTestDb();
    const { db } = testDb;
    await seedDemo(db);
    await seedDemoRegistrations(db, 60, new Date("2026-03-01T10:00:00Z"));
    contexts = [
      await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent),
      await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent),
      await signIn(db, people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent, people.gentClaes),
      await signIn(db, people.liegeLambert, "SPECIALIST", hospitals.liege),
      await signIn(db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry),
      await signIn(db, people.gentAccessManager, "ACCESS_MANAGER", hospitals.gent),
    ];
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("are those the policy's database filter allows, for every profile and registration", async () => {
    const rows = await testDb.db.registration.findMany({ select: { id: true } });
    let compared = 0;
    for (const context of contexts) {
      for (const { id } of rows) {
        const view = await getRegistration(context, id, "view", testDb.db);
        if (!view) continue;
        const fromRow = [...allowedActionsOn(context, view, actions)].sort();
        const fromDatabase = [...(await allowedActions(context, id, actions, testDb.db))].sort();
        expect(fromRow, `${context.membership?.function} ${id}`).toEqual(fromDatabase);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(30);
  }, 120_000);
});
