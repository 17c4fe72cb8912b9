import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPersonData, personByInsz, personInszIndex } from "@/lib/access/person-identity";
import { acceptTerms } from "@/lib/access/accept-terms";
import { chooseMembership } from "@/lib/access/choose-membership";
import { choosePhysician, listPhysicianChoices } from "@/lib/access/choose-physician";
import { endAllSessions } from "@/lib/access/end-session";
import { getSessionExpiry } from "@/lib/access/session-expiry";
import { loadSessionContext, sessionStage, type SessionContext } from "@/lib/access/session-context";
import { startSession } from "@/lib/access/start-session";
import { seedDemo } from "@/lib/db/seed";
import { reload, signIn, timeouts } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { createTestDb, type TestDb } from "../support/test-db";

describe("sessions", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("refuses people WBCR does not know, and people without an active membership", async () => {
    const { db } = testDb;
    expect(await startSession("85073003427", "eid", db)).toEqual({ ok: false, reason: "unknown_person" });
    await db.person.create({ data: newPersonData({ insz: "85073003328", firstName: "No", lastName: "Membership" }) });
    expect(await startSession("85073003328", "eid", db)).toEqual({ ok: false, reason: "no_membership" });
    expect(await db.session.count({ where: { person: { inszIndex: { in: ["85073003427", "85073003328"].map(personInszIndex) } } } })).toBe(0);
  });

  it("walks terms → organisation → physician → ready for administrative staff, auditing each step", async () => {
    const { db } = testDb;
    // The coordinator has two profiles in Gent: a choice to make.
    const coordinator = await startSession(people.gentCoordinator, "eid", db);
    if (!coordinator.ok) throw new Error("not started");
    let choosing = await reload(db, { sessionId: coordinator.sessionId } as SessionContext);
    await acceptTerms(choosing, 1, db);
    choosing = await reload(db, choosing);
    expect(sessionStage(choosing)).toBe("organisation");

    // One profile: chosen when the session starts; two physicians: the employee chooses one.
    const started = await startSession(people.gentAdminForClaesAndPeeters, "itsme", db);
    if (!started.ok) throw new Error("not started");
    let context = await reload(db, { sessionId: started.sessionId } as SessionContext);
    expect(sessionStage(context)).toBe("terms");
    await acceptTerms(context, 1, db);
    context = await reload(db, context);
    expect(sessionStage(context)).toBe("physician");
    expect(context.membership?.function).toBe("ADMINISTRATIVE");
    const physicians = await listPhysicianChoices(context, db);
    expect(physicians.map((p) => p.name)).toEqual(["An Claes", "Jan Peeters"]);
    expect(await choosePhysician(context, physicians[1]!.membershipId, db)).toBe(true);
    context = await reload(db, context);
    expect(sessionStage(context)).toBe("ready");
    expect(context.actingFor?.name).toBe("Jan Peeters");
    // Switching profile stays possible: the choice pages still accept the membership.
    const membership = await db.membership.findFirstOrThrow({ where: { personId: context.person.id } });
    expect(await chooseMembership(context, membership.id, db)).toBe(true);

    const events = await db.auditEvent.findMany({ where: { personId: context.person.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["session.start", "terms.accept", "session.choose_physician", "session.choose_membership"]);
    expect(events[0]!.details).toMatchObject({ membershipId: membership.id, onlyChoice: true });
  });

  it("skips every choice for one hospital and profile, and for an employee working for one physician", async () => {
    const { db } = testDb;
    for (const [insz, actingFor] of [[people.liegeCoordinator, null], [people.gentAdminForMaes, "Els Maes"]] as const) {
      const started = await startSession(insz, "eid", db);
      if (!started.ok) throw new Error("not started");
      const context = await reload(db, { sessionId: started.sessionId } as SessionContext);
      await acceptTerms(context, 1, db);
      const after = await reload(db, context);
      expect(sessionStage(after)).toBe("ready");
      expect(after.actingFor?.name ?? null).toBe(actingFor);
    }
  });

  it("refuses another person's membership and a physician one is not linked to, changing nothing", async () => {
    const { db } = testDb;
    const context = await signIn(db, people.gentAdminForMaes, "ADMINISTRATIVE", hospitals.gent, people.gentMaes);
    const foreign = await db.membership.findFirstOrThrow({ where: { person: personByInsz(people.gentCoordinator), function: "COORDINATOR" } });
    expect(await chooseMembership(context, foreign.id, db)).toBe(false);
    const unlinked = await db.membership.findFirstOrThrow({ where: { person: personByInsz(people.gentClaes), organisation: { nihii: hospitals.gent } } });
    expect(await choosePhysician(context, unlinked.id, db)).toBe(false);
    const after = await reload(db, context);
    expect(after.membership?.id).toBe(context.membership?.id);
    expect(after.actingFor?.name).toBe("Els Maes");
  });

  it("forgets the acting-for physician once the responsibility link is removed", async () => {
    const { db } = testDb;
    const context = await signIn(db, people.gentAdminForMaes, "ADMINISTRATIVE", hospitals.gent, people.gentMaes);
    await db.responsibilityLink.deleteMany({ where: { administrativeMembershipId: context.membership!.id } });
    const after = await reload(db, context);
    expect(after.actingFor).toBeNull();
    expect(sessionStage(after)).toBe("physician");
  });

  it("ends a session after the inactivity timeout, for good, and reports its expiry without extending it", async () => {
    const { db } = testDb;
    const context = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const row = await db.session.findUniqueOrThrow({ where: { id: context.sessionId } });
    const expiry = await getSessionExpiry(context.sessionId, timeouts, db, row.lastSeenAt);
    expect(expiry?.getTime()).toBe(row.lastSeenAt.getTime() + 3600_000);
    expect((await db.session.findUniqueOrThrow({ where: { id: context.sessionId } })).lastSeenAt).toEqual(row.lastSeenAt);

    const later = new Date(row.lastSeenAt.getTime() + 3600_000 + 1000);
    expect(await loadSessionContext(db, context.sessionId, timeouts, later)).toBeNull();
    expect(await loadSessionContext(db, context.sessionId, timeouts, row.lastSeenAt)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: context.sessionId } })).revokedAt).not.toBeNull();
  });

  it("keeps an active session alive: activity moves the expiry forward", async () => {
    const { db } = testDb;
    const context = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const row = await db.session.findUniqueOrThrow({ where: { id: context.sessionId } });
    const fiftyMinutesLater = new Date(row.lastSeenAt.getTime() + 50 * 60_000);
    expect(await loadSessionContext(db, context.sessionId, timeouts, fiftyMinutesLater)).not.toBeNull();
    const hundredMinutesLater = new Date(row.lastSeenAt.getTime() + 100 * 60_000);
    expect(await loadSessionContext(db, context.sessionId, timeouts, hundredMinutesLater)).not.toBeNull();
  });

  it("ends a session at its absolute lifetime counted from its creation, however active, for good", async () => {
    const { db } = testDb;
    const context = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const row = await db.session.findUniqueOrThrow({ where: { id: context.sessionId } });
    const absolute = { inactivitySeconds: 3600, absoluteSeconds: 2 * 3600 };
    // Active every 40 minutes: the inactivity timeout alone would keep it alive forever.
    for (let minutes = 40; minutes < 120; minutes += 40) {
      const at = new Date(row.createdAt.getTime() + minutes * 60_000);
      const alive = await loadSessionContext(db, context.sessionId, absolute, at);
      expect(alive, `${minutes} min`).not.toBeNull();
      expect(alive!.expiresAt.getTime()).toBeLessThanOrEqual(row.createdAt.getTime() + 2 * 3600_000);
    }
    const atTheEnd = new Date(row.createdAt.getTime() + 2 * 3600_000 - 10 * 60_000);
    expect((await loadSessionContext(db, context.sessionId, absolute, atTheEnd))!.expiresAt).toEqual(new Date(row.createdAt.getTime() + 2 * 3600_000));
    expect(await getSessionExpiry(context.sessionId, absolute, db, atTheEnd)).toEqual(new Date(row.createdAt.getTime() + 2 * 3600_000));
    const past = new Date(row.createdAt.getTime() + 2 * 3600_000 + 1000);
    expect(await loadSessionContext(db, context.sessionId, absolute, past)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: context.sessionId } })).revokedAt).not.toBeNull();
    expect(await loadSessionContext(db, context.sessionId, absolute, atTheEnd)).toBeNull();
  });

  it("signs out everywhere: every session of the person ends", async () => {
    const { db } = testDb;
    const first = await signIn(db, people.gentPeeters, "SPECIALIST", hospitals.gent);
    const second = await signIn(db, people.gentPeeters, "SPECIALIST", hospitals.gent);
    expect(await endAllSessions(first.person.id, db)).toBeGreaterThanOrEqual(2);
    expect(await loadSessionContext(db, first.sessionId, timeouts)).toBeNull();
    expect(await loadSessionContext(db, second.sessionId, timeouts)).toBeNull();
  });

  it("accepts the terms from two sessions of one person at the same moment (two tabs)", async () => {
    const { db } = testDb;
    const sessions = await Promise.all([startSession(people.liegeLambert, "eid", db), startSession(people.liegeLambert, "itsme", db)]);
    const contexts = await Promise.all(sessions.map((s) => (s.ok ? reload(db, { sessionId: s.sessionId } as SessionContext) : null)));
    const accepted = await Promise.all(contexts.map((context) => acceptTerms(context!, 1, db)));
    expect(accepted).toEqual([true, true]);
    expect(await db.termsAcceptance.count({ where: { person: personByInsz(people.liegeLambert) } })).toBe(1);
  });

  it("asks for the terms again when a new version is published, and refuses accepting a stale one", async () => {
    const { db } = testDb;
    const context = await signIn(db, people.gentMaes, "SPECIALIST", hospitals.gent);
    expect(sessionStage(context)).toBe("ready");
    await db.termsVersion.create({ data: { version: 2, bodyNl: "v2", bodyFr: "v2", bodyEn: "v2" } });
    const after = await reload(db, context);
    expect(sessionStage(after)).toBe("terms");
    expect(await acceptTerms(after, 1, db)).toBe(false);
    expect(await acceptTerms(after, 2, db)).toBe(true);
    expect(sessionStage(await reload(db, after))).toBe("ready");
    await db.termsAcceptance.deleteMany({ where: { termsVersion: { version: 2 } } });
    await db.termsVersion.delete({ where: { version: 2 } });
  });
});
