import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personByInsz } from "@/lib/access/person-identity";
import type { SessionContext } from "@/lib/access/session-context";
import { startSession } from "@/lib/access/start-session";
import { auditActionGroups, auditActions } from "@/lib/audit/audit-actions";
import { listAuditEvents, type AuditEventRow } from "@/lib/audit/list-audit-events";
import type { Db } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed";
import { loadCatalogue } from "@/lib/i18n/catalogue";
import { reload, signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { createTestDb, type TestDb } from "../support/test-db";

describe("audit trail (F-SEC-1)", () => {
  let testDb: TestDb;
  let db: Db;
  let coordinator: SessionContext;
  let liegeCoordinator: SessionContext;
  let gentIds: Set<string>;
  let liegeIds: Set<string>;
  const gentReference = "SRT-2024-000123";
  const liegeReference = "SRT-2024-000999";
  let gentRegistrationId: string;
  let deletedRegistrationId: string;
  let liegeRegistrationId: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    await seedDemo(db);
    coordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    liegeCoordinator = await signIn(db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);

    const gent = await db.organisation.findUniqueOrThrow({ where: { nihii: hospitals.gent } });
    const liege = await db.organisation.findUniqueOrThrow({ where: { nihii: hospitals.liege } });
    const membership = (insz: string, organisationId: string, fn: "SPECIALIST" | "ADMINISTRATIVE" | "ACCESS_MANAGER") =>
      db.membership.findFirstOrThrow({ where: { person: personByInsz(insz), organisationId, function: fn }, include: { person: true } });
    const claes = await membership(people.gentClaes, gent.id, "SPECIALIST");
    const peeters = await membership(people.gentPeeters, gent.id, "SPECIALIST");
    const admin = await membership(people.gentAdminForClaesAndPeeters, gent.id, "ADMINISTRATIVE");
    const manager = await membership(people.gentAccessManager, gent.id, "ACCESS_MANAGER");
    const lambert = await membership(people.liegeLambert, liege.id, "SPECIALIST");

    const registration = (organisationId: string, physician: typeof claes, reference: string | null) =>
      db.registration.create({
        data: {
          moduleId: "srt",
          organisationId,
          responsiblePhysicianId: physician.id,
          createdById: physician.personId,
          createdViaMembershipId: physician.id,
          status: reference ? "SENT" : "DRAFT",
          reference,
        },
      });
    gentRegistrationId = (await registration(gent.id, claes, gentReference)).id;
    liegeRegistrationId = (await registration(liege.id, lambert, liegeReference)).id;
    const deleted = await registration(gent.id, peeters, null);
    deletedRegistrationId = deleted.id;

    const base = Date.parse("2024-01-15T09:00:00Z");
    const events = [];
    // 60 views of the Gent registration by Claes, two at each instant (the id breaks the tie).
    for (let i = 0; i < 60; i++) {
      events.push({
        at: new Date(base + Math.floor(i / 2) * 60_000),
        action: "registration.view",
        personId: claes.personId,
        organisationId: gent.id,
        moduleId: "srt",
        registrationId: gentRegistrationId,
      });
    }
    events.push(
      {
        at: new Date("2024-01-20T10:00:00Z"),
        action: "registration.send",
        personId: admin.personId,
        organisationId: gent.id,
        actingForMembershipId: claes.id,
        moduleId: "srt",
        registrationId: gentRegistrationId,
        details: { reference: gentReference, warningsConfirmed: ["SRT-W01"] },
      },
      {
        at: new Date("2024-01-21T10:00:00Z"),
        action: "registration.save",
        personId: peeters.personId,
        organisationId: gent.id,
        moduleId: "srt",
        registrationId: deletedRegistrationId,
        // Anything not on the summary's list must never be shown.
        details: { version: 3, parts: ["form"], insz: "85073003328", lastName: "Janssens" },
      },
      {
        at: new Date("2024-01-22T10:00:00Z"),
        action: "access.link.create",
        personId: manager.personId,
        organisationId: gent.id,
        details: { linkId: "00000000-0000-4000-8000-000000000000", administrativeMembershipId: admin.id, physicianMembershipId: lambert.id },
      },
      // A sent registration removed since (retention): its reference is still found through its send event.
      {
        at: new Date("2023-05-02T10:00:00Z"),
        action: "registration.send",
        personId: claes.personId,
        organisationId: gent.id,
        moduleId: "srt",
        registrationId: "11111111-1111-4111-8111-111111111111",
        details: { reference: "SRT-2023-000005" },
      },
      // Day boundaries in Brussels: winter (UTC+1) and summer (UTC+2).
      { at: new Date("2024-03-09T22:59:59Z"), action: "registration.print", personId: claes.personId, organisationId: gent.id },
      { at: new Date("2024-03-09T23:00:00Z"), action: "registration.print", personId: claes.personId, organisationId: gent.id },
      { at: new Date("2024-03-10T22:59:59Z"), action: "registration.print", personId: claes.personId, organisationId: gent.id },
      { at: new Date("2024-03-10T23:00:00Z"), action: "registration.print", personId: claes.personId, organisationId: gent.id },
      { at: new Date("2024-06-30T22:00:00Z"), action: "export.csv", personId: claes.personId, organisationId: gent.id, details: { count: 12 } },
      { at: new Date("2024-06-30T21:59:59Z"), action: "export.txt", personId: claes.personId, organisationId: gent.id },
    );
    // Liège: the same kinds of events, including views by a person also known in Gent.
    for (let i = 0; i < 15; i++) {
      events.push({
        at: new Date(base + i * 60_000 + 30_000),
        action: i % 2 ? "registration.view" : "registration.send",
        personId: i % 3 ? lambert.personId : claes.personId,
        organisationId: liege.id,
        moduleId: "srt",
        registrationId: liegeRegistrationId,
        details: { reference: liegeReference },
      });
    }
    await db.auditEvent.createMany({ data: events });
    // Deleted drafts keep their audit events.
    await db.registration.delete({ where: { id: deletedRegistrationId } });

    gentIds = new Set((await db.auditEvent.findMany({ where: { organisationId: gent.id }, select: { id: true } })).map((e) => e.id.toString()));
    liegeIds = new Set((await db.auditEvent.findMany({ where: { organisationId: liege.id }, select: { id: true } })).map((e) => e.id.toString()));
  });
  afterAll(async () => {
    await testDb?.close();
  });

  async function list(filters: Record<string, unknown>, context: SessionContext = coordinator) {
    const result = await listAuditEvents(context, filters, db);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
    return result.data;
  }

  /** Every page of a filter, following the cursors. */
  async function listAll(filters: Record<string, unknown>, context: SessionContext = coordinator): Promise<AuditEventRow[][]> {
    const pages: AuditEventRow[][] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ ...filters, cursor }, context);
      pages.push(page.rows);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 20);
    return pages;
  }

  it("lists every event of the coordinator's hospital, newest first, 50 a page, and none of another hospital", async () => {
    const before = new Set(gentIds);
    expect(before.size).toBeGreaterThan(60);
    const pages = await listAll({});
    expect(pages.length).toBe(Math.ceil(before.size / 50));
    expect(pages.slice(0, -1).every((rows) => rows.length === 50)).toBe(true);
    const rows = pages.flat();
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(before);
    expect(ids.some((id) => liegeIds.has(id))).toBe(false);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.at.getTime() > b.at.getTime() || (a.at.getTime() === b.at.getTime() && BigInt(a.id) > BigInt(b.id))).toBe(true);
    }
  });

  it("the Liège coordinator sees Liège only", async () => {
    const rows = (await listAll({}, liegeCoordinator)).flat();
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.every((r) => !gentIds.has(r.id))).toBe(true);
    expect(rows.every((r) => r.registration === null || r.registration.id === liegeRegistrationId)).toBe(true);
  });

  it("filters by exact action and by action prefix", async () => {
    const prints = (await listAll({ action: "registration.print" })).flat();
    expect(prints).toHaveLength(4);
    const prefixed = (await listAll({ action: "registration." })).flat();
    expect(prefixed.length).toBe(67);
    expect(prefixed.every((r) => r.action.startsWith("registration."))).toBe(true);
    const sessions = (await list({ action: "session." })).rows;
    expect(sessions.map((r) => r.action)).toContain("session.choose_membership");
    expect(sessions.every((r) => r.personName === "Pieter De Smet")).toBe(true);
    expect((await list({ action: "registration" })).rows).toHaveLength(0);
  });

  it("filters by person name, within the hospital only", async () => {
    const claes = (await listAll({ person: "claes" })).flat();
    expect(claes.length).toBe(67);
    expect(claes.every((r) => r.personName === "An Claes")).toBe(true);
    expect((await listAll({ person: "Claes An" })).flat()).toHaveLength(67);
    expect((await list({ person: "de smet" })).rows.every((r) => r.personName === "Pieter De Smet")).toBe(true);
    // Lambert works in Liège only: his name resolves to nobody here.
    expect((await list({ person: "Lambert" })).rows).toHaveLength(0);
    expect((await list({ person: "Dubois" })).rows).toHaveLength(0);
  });

  it("filters by WBCR reference or registration id, within the hospital only", async () => {
    const byReference = (await listAll({ registration: gentReference })).flat();
    expect(byReference).toHaveLength(61);
    expect(byReference.every((r) => r.registration?.id === gentRegistrationId && r.registration.reference === gentReference)).toBe(true);
    expect((await listAll({ registration: gentReference.toLowerCase() })).flat()).toHaveLength(61);
    expect((await listAll({ registration: gentRegistrationId })).flat()).toHaveLength(61);
    expect((await list({ registration: liegeReference })).rows).toHaveLength(0);
    expect((await list({ registration: liegeRegistrationId })).rows).toHaveLength(0);
    expect((await list({ registration: "SRT-2024-000777" })).rows).toHaveLength(0);
    const removed = (await list({ registration: "SRT-2023-000005" })).rows;
    expect(removed.map((r) => r.registration)).toEqual([{ id: "11111111-1111-4111-8111-111111111111", reference: null, available: false }]);

    const deleted = (await list({ registration: deletedRegistrationId })).rows;
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.registration).toEqual({ id: deletedRegistrationId, reference: null, available: false });
  });

  it("filters by date range as calendar days in Brussels, winter and summer time", async () => {
    const day = (await list({ from: "2024-03-10", to: "2024-03-10" })).rows.map((r) => r.at.toISOString());
    expect(day.sort()).toEqual(["2024-03-09T23:00:00.000Z", "2024-03-10T22:59:59.000Z"]);
    const summer = (await list({ from: "2024-07-01", to: "2024-07-01" })).rows.map((r) => r.action);
    expect(summer).toEqual(["export.csv"]);
    const january = (await listAll({ from: "2024-01-01", to: "2024-01-31" })).flat();
    expect(january).toHaveLength(63);
    const combined = (await list({ action: "registration.", person: "Claes", from: "2024-03-01" })).rows;
    expect(combined).toHaveLength(4);
  });

  it("describes each row with names and a safe summary of the details", async () => {
    const [send] = (await list({ action: "registration.send", from: "2024-01-01" })).rows;
    expect(send).toMatchObject({
      personName: "Lotte Wouters",
      actingForName: "An Claes",
      moduleId: "srt",
      registration: { id: gentRegistrationId, reference: gentReference, available: true },
      summary: { reference: gentReference, warningsConfirmed: 1 },
    });
    const [save] = (await list({ action: "registration.save" })).rows;
    expect(save!.summary).toEqual({ registrationVersion: 3, parts: ["form"] });
    expect(JSON.stringify(save)).not.toMatch(/Janssens|85073003328/);
    const [link] = (await list({ action: "access.link.create" })).rows;
    // The physician belongs to another hospital: no name from there.
    expect(link!.summary).toEqual({ subjectName: "Lotte Wouters" });
    const [csv] = (await list({ action: "export.csv" })).rows;
    expect(csv!.summary).toEqual({ count: 12 });
  });

  it("records each viewing of the audit trail", async () => {
    const before = await db.auditEvent.count({ where: { action: "audit.view" } });
    await list({ action: "registration.", person: "Claes" });
    const views = await db.auditEvent.findMany({ where: { action: "audit.view" }, orderBy: { id: "desc" } });
    expect(views.length).toBe(before + 1);
    expect(views[0]).toMatchObject({
      personId: coordinator.person.id,
      organisationId: coordinator.membership!.organisationId,
      details: { filters: { action: "registration.", person: "Claes" }, page: "first" },
    });
    const [listed] = (await list({ action: "audit.view" })).rows;
    expect(listed!.summary.filters).toEqual({ action: "registration.", person: "Claes" });
  });

  it("refuses everyone but a coordinator (and registry staff, for the registry), reading nothing and recording nothing", async () => {
    const refusedContexts: (SessionContext | null)[] = [
      null,
      await signIn(db, people.gentCoordinator, "SPECIALIST", hospitals.gent),
      await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent),
      await signIn(db, people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent, people.gentClaes),
      await signIn(db, people.gentAccessManager, "ACCESS_MANAGER", hospitals.gent),
    ];
    // A coordinator who has not finished logging in (no organisation chosen yet).
    const started = await startSession(people.gentCoordinator, "eid", db);
    if (!started.ok) throw new Error("not started");
    refusedContexts.push(await reload(db, { sessionId: started.sessionId } as SessionContext));

    const untouchable = new Proxy({} as Db, {
      get(_target, property) {
        throw new Error(`database read: ${String(property)}`);
      },
    });
    const before = await db.auditEvent.count();
    for (const context of refusedContexts) {
      expect(await listAuditEvents(context, {}, untouchable)).toEqual({ ok: false, code: "forbidden" });
      expect(await listAuditEvents(context, { action: "registration." }, db)).toEqual({ ok: false, code: "forbidden" });
    }
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("refuses malformed filters with a validation error, reading and recording nothing", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: "2024-02-30" }, "from"],
      [{ from: "yesterday" }, "from"],
      [{ to: "2024-13-01" }, "to"],
      [{ to: "2024-1-1" }, "to"],
      [{ from: "2024-05-02", to: "2024-05-01" }, "to"],
      [{ person: "x".repeat(5000) }, "person"],
      [{ action: "x".repeat(5000) }, "action"],
      [{ registration: "x".repeat(5000) }, "registration"],
      [{ cursor: "x".repeat(5000) }, "cursor"],
      [{ person: "' OR 1=1 --" }, "person"],
      [{ person: "Claes'; DROP TABLE \"AuditEvent\"; --" }, "person"],
      [{ action: "registration.view' OR '1'='1" }, "action"],
      [{ registration: "'; DELETE FROM \"Registration\" WHERE ''='" }, "registration"],
      [{ registration: "SRT-2024-00012%" }, "registration"],
      [{ cursor: "not a cursor!" }, "cursor"],
      [{ cursor: Buffer.from("1.2; DROP").toString("base64url") }, "cursor"],
      [{ person: ["An", "Claes"] }, "person"],
      [{ action: { startsWith: "" } }, "action"],
    ];
    const before = await db.auditEvent.count();
    for (const [filters, field] of cases) {
      const result = await listAuditEvents(coordinator, filters, db);
      expect(result.ok, JSON.stringify(filters).slice(0, 80)).toBe(false);
      if (result.ok || result.code !== "invalid") throw new Error(`not a validation error: ${JSON.stringify(result)}`);
      expect(Object.keys(result.fieldErrors)).toContain(field);
      for (const keys of Object.values(result.fieldErrors)) for (const key of keys) expect(key).toMatch(/^errors\.[A-Za-z]+$/);
    }
    expect(await db.auditEvent.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { organisationId: coordinator.membership!.organisationId } })).toBeGreaterThan(60);
    // Blank fields, as an empty form sends them, mean "no filter".
    expect((await list({ action: "", person: " ", registration: "", from: "", to: "", cursor: "" })).rows).toHaveLength(50);
  });

  it("has a label for every action and group of actions in Dutch, French and English", () => {
    for (const locale of ["nl", "fr", "en"] as const) {
      const audit = loadCatalogue(locale).audit as Record<string, unknown>;
      const text = (path: string) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], audit);
      for (const action of auditActions) expect(typeof text(`actions.${action}`), `${locale} ${action}`).toBe("string");
      for (const group of auditActionGroups) expect(typeof text(`groups.${group}`), `${locale} ${group}`).toBe("string");
    }
  });
});
