/**
 * Random and malformed payloads through every registration command: never a throw (a 500),
 * never a change in the database when refused.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { commandSchemas, runCommand, type CommandName } from "@/lib/registrations/commands";
import { createRegistration } from "@/lib/registrations/create-registration";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

describe("registration commands under random input", () => {
  let testDb: TestDb;
  let specialist: SessionContext;
  let outsider: SessionContext;
  let draftId: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    specialist = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    outsider = await signIn(testDb.db, people.liegeLambert, "SPECIALIST", hospitals.liege);
    const created = await createRegistration(specialist, { moduleId: "srt", patient: validPatient, identifiedByService: true }, testDb.db);
    if (!created.ok) throw new Error("setup failed");
    draftId = created.data.id;
  });
  afterAll(async () => {
    await testDb?.close();
  });

  async function snapshot() {
    const { db } = testDb;
    return JSON.stringify({
      registrations: await db.registration.findMany({ orderBy: { id: "asc" } }),
      patients: await db.registrationPatient.findMany({ orderBy: { registrationId: "asc" } }),
      confirmations: await db.warningConfirmation.count(),
    });
  }

  const names = Object.keys(commandSchemas) as CommandName[];
  const anyPayload = fc.oneof(
    fc.anything(),
    fc.record({ id: fc.oneof(fc.uuid(), fc.string()), version: fc.oneof(fc.integer(), fc.double(), fc.string()), formData: fc.anything() }),
    fc.record({ id: fc.constant("__draft__"), version: fc.integer({ min: -5, max: 5 }), formData: fc.anything() }),
    fc.record({
      id: fc.constant("__draft__"),
      version: fc.constant(1),
      confirmations: fc.array(fc.record({ ruleId: fc.string(), fieldPath: fc.string(), comment: fc.string() }), { maxLength: 3 }),
    }),
    fc.record({ moduleId: fc.oneof(fc.constant("srt"), fc.string()), patient: fc.dictionary(fc.string(), fc.anything()), identifiedByService: fc.anything() }),
  );

  it("never throws and changes nothing for an outsider, whatever the payload", async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), anyPayload, async (name, payload) => {
        const withDraft = JSON.parse(JSON.stringify(payload ?? null).replaceAll("__draft__", draftId));
        const result = await runCommand(name, withDraft, outsider, testDb.db);
        expect(typeof result.ok).toBe("boolean");
        if (name !== "submitPatient") expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    // submitPatient may create an outsider's own draft in their hospital; nothing of ours changed.
    const after = JSON.parse(await snapshot());
    const ours = (snap: { registrations: { id: string }[] }) => snap.registrations.filter((r) => r.id === draftId);
    expect(ours(after)).toEqual(ours(JSON.parse(before)));
  });

  it("never throws for the owner either; every refusal leaves the database as it was", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<CommandName>("save", "send", "delete", "correct"), anyPayload, async (name, payload) => {
        const withDraft = JSON.parse(JSON.stringify(payload ?? null).replaceAll("__draft__", draftId));
        const before = await snapshot();
        const result = await runCommand(name, withDraft, specialist, testDb.db);
        if (!result.ok) expect(await snapshot()).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses everything without a session", async () => {
    for (const name of names) {
      expect(await runCommand(name, { id: draftId, version: 1 }, null, testDb.db)).toMatchObject({ ok: false });
    }
    expect(await runCommand("nope" as CommandName, {}, specialist, testDb.db)).toEqual({ ok: false, code: "invalid" });
  });
});
