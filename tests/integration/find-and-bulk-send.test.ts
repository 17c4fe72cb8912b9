import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import type { Db } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed";
import { primaryTumour } from "@/lib/modules/srt/examples";
import { bulkSend, listBulkCandidates } from "@/lib/registrations/bulk-send";
import { checkRegistration } from "@/lib/registrations/check-registration";
import { createRegistration } from "@/lib/registrations/create-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { searchRegistrations } from "@/lib/registrations/search-registrations";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

const at = new Date("2025-03-15T12:00:00Z");

describe("finding registrations and bulk sending", () => {
  let testDb: TestDb;
  let claes: SessionContext;
  let peeters: SessionContext;
  let gentCoordinator: SessionContext;
  let liegeSpecialist: SessionContext;

  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    claes = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    peeters = await signIn(testDb.db, people.gentPeeters, "SPECIALIST", hospitals.gent);
    gentCoordinator = await signIn(testDb.db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    liegeSpecialist = await signIn(testDb.db, people.liegeLambert, "SPECIALIST", hospitals.liege);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  async function validatedDraft(context: SessionContext, patient = validPatient, db: Db = testDb.db) {
    const created = await createRegistration(context, { moduleId: "srt", patient, identifiedByService: true }, db);
    if (!created.ok) throw new Error("create refused");
    const saved = await saveDraft(context, { id: created.data.id, version: created.data.version, formData: primaryTumour }, db);
    if (!saved.ok) throw new Error("save refused");
    await checkRegistration(context, created.data.id, db, at);
    return created.data.id;
  }

  it("finds a patient by INSZ in any writing; list 2 shows only physician and hospital of others' sent registrations", async () => {
    const mine = await validatedDraft(claes);
    const theirs = await validatedDraft(peeters);
    const elsewhere = await validatedDraft(liegeSpecialist);
    for (const [context, id] of [[claes, mine], [peeters, theirs], [liegeSpecialist, elsewhere]] as const) {
      const row = await testDb.db.registration.findUniqueOrThrow({ where: { id } });
      expect((await sendRegistration(context, { id, version: row.version, confirmations: [] }, testDb.db, at)).ok).toBe(true);
    }
    const result = await searchRegistrations(claes, { moduleId: "srt", tab: "sent", query: "85.07.30-033.28" }, testDb.db);
    if (!result.ok) throw new Error("search refused");
    expect(result.data.items.map((i) => i.id)).toEqual([mine]);
    expect(result.data.items[0]?.patientName).toBe("Janssens, Karel");
    expect(result.data.others).toEqual([
      { physicianName: "Jan Peeters", organisationName: "AZ Demo Gent" },
      { physicianName: "Philippe Lambert", organisationName: "CHU Démo Liège" },
    ]);
    expect(Object.keys(result.data.others[0]!)).toEqual(["physicianName", "organisationName"]);
    const coordinator = await searchRegistrations(gentCoordinator, { moduleId: "srt", tab: "sent", query: "85073003328" }, testDb.db);
    if (!coordinator.ok) throw new Error("search refused");
    expect(coordinator.data.items.map((i) => i.id).sort()).toEqual([mine, theirs].sort());
    expect(coordinator.data.others).toEqual([{ physicianName: "Philippe Lambert", organisationName: "CHU Démo Liège" }]);
  });

  it("finds by health insurance number too, and pages with a cursor without gaps or repeats", async () => {
    for (let i = 0; i < 7; i += 1) await validatedDraft(claes, { ...validPatient, insz: undefined, identificationPath: "NO_INSZ_BELGIUM", insuranceNumber: "INS-777", comment: "no INSZ" });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await searchRegistrations(claes, { moduleId: "srt", tab: "saved", query: "ins 777", pageSize: 3, after }, testDb.db);
      if (!page.ok) throw new Error("search refused");
      seen.push(...page.data.items.map((i) => i.id));
      after = page.data.nextCursor ?? undefined;
    } while (after);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it("refuses malformed searches and users without access to medical data", async () => {
    expect(await searchRegistrations(claes, { moduleId: "srt", tab: "bogus" as "sent" }, testDb.db)).toEqual({ ok: false, code: "invalid" });
    expect(await searchRegistrations(claes, { moduleId: "srt", tab: "sent", query: "x".repeat(500) }, testDb.db)).toEqual({ ok: false, code: "invalid" });
    expect(await searchRegistrations(claes, { moduleId: "srt", tab: "sent", after: "garbage" }, testDb.db)).toMatchObject({ ok: true });
    const accessManager = await signIn(testDb.db, "89090703934", "ACCESS_MANAGER", hospitals.gent);
    expect(await searchRegistrations(accessManager, { moduleId: "srt", tab: "saved" }, testDb.db)).toEqual({ ok: false, code: "forbidden" });
  });

  it("bulk sends a selection with a result per registration", async () => {
    const ready = [await validatedDraft(claes), await validatedDraft(claes)];
    const candidates = await listBulkCandidates(claes, "srt", testDb.db);
    expect(candidates.map((c) => c.id)).toEqual(expect.arrayContaining(ready));
    const foreign = await validatedDraft(liegeSpecialist);
    const result = await bulkSend(claes, { moduleId: "srt", ids: [...ready, foreign] }, testDb.db, () => at);
    if (!result.ok) throw new Error("bulk refused");
    expect(result.outcomes.filter((o) => o.sent)).toHaveLength(2);
    expect(result.outcomes.find((o) => o.id === foreign)).toEqual({ id: foreign, sent: false, code: "not_found" });
    expect(await bulkSend(claes, { moduleId: "srt", ids: ["not-a-uuid"] }, testDb.db)).toEqual({ ok: false, code: "invalid" });
  });

  it("aborted half-way, every registration is either sent once or still a draft, with no reference used twice", async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, () => validatedDraft(claes)));
    let transactions = 0;
    // A database that dies inside the third send's transaction, after the registration was marked sent.
    const dying = new Proxy(testDb.db, {
      get(target, property, receiver) {
        if (property !== "$transaction") return Reflect.get(target, property, receiver);
        return (fn: (tx: unknown) => Promise<unknown>) =>
          target.$transaction(async (tx) => {
            transactions += 1;
            const result = await fn(tx);
            if (transactions === 3) throw new Error("server died");
            return result;
          });
      },
    }) as Db;
    await expect(bulkSend(claes, { moduleId: "srt", ids }, dying, () => at)).rejects.toThrow("server died");
    const rows = await testDb.db.registration.findMany({ where: { id: { in: ids } } });
    const sent = rows.filter((r) => r.status === "SENT");
    expect(sent).toHaveLength(2);
    for (const row of rows) {
      if (row.status === "SENT") expect(row.reference).toMatch(/^SRT-2025-\d{6}$/);
      else expect([row.reference, row.sentAt]).toEqual([null, null]);
    }
    const allReferences = (await testDb.db.registration.findMany({ where: { reference: { not: null } }, select: { reference: true } })).map((r) => r.reference);
    expect(new Set(allReferences).size).toBe(allReferences.length);
    // The rest can be sent afterwards, once each.
    const retry = await bulkSend(claes, { moduleId: "srt", ids }, testDb.db, () => at);
    if (!retry.ok) throw new Error("bulk refused");
    expect(retry.outcomes.filter((o) => o.sent && !o.alreadySent)).toHaveLength(3);
    expect(retry.outcomes.filter((o) => o.sent && o.alreadySent)).toHaveLength(2);
  });
});
