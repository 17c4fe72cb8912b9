import { randomUUID } from "node:crypto";
/**
 * Retention (F-SEC-3) with a controlled clock: exactly the registrations whose last change (saved)
 * or sending date (sent) lies more than the period back are removed, with their patient block and
 * confirmations; each run is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/db/seed";
import { protectPatient } from "@/lib/patients/identity-protection";
import { DEFAULT_RETENTION_DAYS, removeExpiredRegistrations, retentionDays } from "@/lib/retention/remove-expired-registrations";
import { startRetentionSchedule } from "@/lib/retention/retention-schedule";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

const DAY = 86_400_000;
const now = new Date("2026-01-15T03:00:00Z");
const cutoff = new Date(now.getTime() - DEFAULT_RETENTION_DAYS * DAY);
const at = (days: number) => new Date(cutoff.getTime() + days * DAY);

describe("retention", () => {
  let testDb: TestDb;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    testDb = await createTestDb();
    const { db } = testDb;
    await seedDemo(db);
    const physician = await db.membership.findFirstOrThrow({ where: { function: "SPECIALIST" }, orderBy: { id: "asc" } });
    const cases: Record<string, { status: "DRAFT" | "SENT"; updatedAt: Date; sentAt?: Date }> = {
      draftDayTooOld: { status: "DRAFT", updatedAt: at(-1) },
      draftAtCutoff: { status: "DRAFT", updatedAt: at(0) },
      draftDayYoung: { status: "DRAFT", updatedAt: at(1) },
      draftLongAgo: { status: "DRAFT", updatedAt: at(-900) },
      // Sent ones count from their sending date, whatever updatedAt says.
      sentDayTooOld: { status: "SENT", sentAt: at(-1), updatedAt: at(30) },
      sentDayYoung: { status: "SENT", sentAt: at(1), updatedAt: at(-30) },
      sentRecently: { status: "SENT", sentAt: at(1000), updatedAt: at(1000) },
    };
    let n = 0;
    for (const [name, c] of Object.entries(cases)) {
      n += 1;
      const id = randomUUID();
      const row = await db.registration.create({
        data: {
          id,
          moduleId: "srt",
          organisationId: physician.organisationId,
          responsiblePhysicianId: physician.id,
          createdById: physician.personId,
          createdViaMembershipId: physician.id,
          status: c.status,
          createdAt: new Date(c.updatedAt.getTime() - 10 * DAY),
          updatedAt: c.updatedAt,
          sentAt: c.sentAt ?? null,
          sentById: c.sentAt ? physician.personId : null,
          reference: c.sentAt ? `SRT-2020-${String(n).padStart(6, "0")}` : null,
          patient: { create: { ...protectPatient(validPatient, id), identifiedByService: true } },
          confirmations: {
            create: [{ ruleId: "SRT-W02", ruleVersion: 1, fieldPath: "topography", comment: "checked", confirmedById: physician.personId }],
          },
        },
      });
      ids[name] = row.id;
    }
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("reads the period from WBCR_RETENTION_DAYS, 3 years by default, and refuses nonsense", () => {
    expect(retentionDays({})).toBe(1095);
    expect(retentionDays({ WBCR_RETENTION_DAYS: "" })).toBe(1095);
    expect(retentionDays({ WBCR_RETENTION_DAYS: "30" })).toBe(30);
    for (const bad of ["0", "-5", "2.5", "three years"]) {
      expect(() => retentionDays({ WBCR_RETENTION_DAYS: bad }), bad).toThrow(/WBCR_RETENTION_DAYS/);
    }
  });

  it("removes exactly the expired registrations, in batches, with their patient and confirmations, and audits the run", async () => {
    const { db } = testDb;
    const outcome = await removeExpiredRegistrations({ now, days: DEFAULT_RETENTION_DAYS, batchSize: 2 }, db);
    expect(outcome).toEqual({ cutoff, days: 1095, drafts: 2, sent: 1, removed: 3 });

    const left = (await db.registration.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(left).toEqual([ids.draftAtCutoff, ids.draftDayYoung, ids.sentDayYoung, ids.sentRecently].sort());
    const removed = [ids.draftDayTooOld!, ids.draftLongAgo!, ids.sentDayTooOld!];
    expect(await db.registrationPatient.count({ where: { registrationId: { in: removed } } })).toBe(0);
    expect(await db.warningConfirmation.count({ where: { registrationId: { in: removed } } })).toBe(0);
    expect(await db.registrationPatient.count()).toBe(4);

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "retention.run" }, orderBy: { id: "desc" } });
    expect(event.personId).toBeNull();
    expect(event.details).toMatchObject({ removed: 3, drafts: 2, sent: 1, retentionDays: 1095, cutoff: cutoff.toISOString(), at: now.toISOString() });
  });

  it("removes nothing more on a second run the same day, and still records the run", async () => {
    const { db } = testDb;
    const before = await db.auditEvent.count({ where: { action: "retention.run" } });
    expect(await removeExpiredRegistrations({ now, days: DEFAULT_RETENTION_DAYS }, db)).toMatchObject({ removed: 0 });
    expect(await db.registration.count()).toBe(4);
    expect(await db.auditEvent.count({ where: { action: "retention.run" } })).toBe(before + 1);
  });

  it("lets time pass: two days later the registrations at and just after the boundary expire", async () => {
    const { db } = testDb;
    const later = new Date(now.getTime() + 2 * DAY);
    expect(await removeExpiredRegistrations({ now: later, days: DEFAULT_RETENTION_DAYS }, db)).toMatchObject({ drafts: 2, sent: 1, removed: 3 });
    expect((await db.registration.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([ids.sentRecently]);
  });

  it("runs on a schedule, in the background, and can be stopped", async () => {
    const messages: string[] = [];
    const schedule = startRetentionSchedule({ db: () => testDb.db, firstRunDelayMs: 3_600_000, log: (m) => messages.push(m) });
    try {
      const outcome = await schedule.runNow();
      expect(outcome).toMatchObject({ days: 1095 });
      expect(messages.at(-1)).toMatch(/^retention: removed \d+ registrations .*, \d+ past rate-limit windows and \d+ old patient searches$/);
    } finally {
      schedule.stop();
    }
  });
});
