/**
 * The rate limiter on a real database, with a controlled clock: fixed one-minute windows, one
 * counter shared by two app instances (two clients on the same database), the first refusal
 * audited once, old windows removed by the retention job; and the search limit in the use case.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/db/seed";
import { identifyPatient } from "@/lib/registrations/identify-patient";
import { searchRegistrations } from "@/lib/registrations/search-registrations";
import { checkRateLimit, removeOldRateLimitWindows } from "@/lib/security/rate-limit";
import type { Db } from "@/lib/db/client";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { createTestDb, type TestDb } from "../support/test-db";

const minute = (n: number, second = 0) => new Date(Date.UTC(2026, 0, 5, 9, n, second));

describe("rate limits", () => {
  let testDb: TestDb;
  let second: { db: Db; close(): Promise<void> };

  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    second = await testDb.anotherClient();
  });
  afterAll(async () => {
    await second?.close();
    await testDb?.close();
  });
  afterEach(() => {
    delete process.env.WBCR_RATE_LIMIT_SEARCH;
  });

  const refusals = (db: Db, windowStart: Date) =>
    db.auditEvent.count({ where: { action: "security.rate_limited", details: { path: ["windowStart"], equals: windowStart.toISOString() } } });

  it("allows the limit per minute, refuses the rest with the seconds until the next window, then allows again", async () => {
    const check = (at: Date) => checkRateLimit("login", { key: "192.0.2.10", now: at, perMinute: 3 }, testDb.db);
    for (const second of [0, 10, 20]) expect(await check(minute(1, second))).toEqual({ allowed: true });
    expect(await check(minute(1, 45))).toEqual({ allowed: false, retryAfterSeconds: 15 });
    expect(await check(minute(1, 59))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await check(minute(2, 0))).toEqual({ allowed: true });
  });

  it("counts each limit and each key apart", async () => {
    const at = minute(3);
    for (let n = 0; n < 2; n++) await checkRateLimit("login", { key: "192.0.2.20", now: at, perMinute: 2 }, testDb.db);
    expect((await checkRateLimit("login", { key: "192.0.2.20", now: at, perMinute: 2 }, testDb.db)).allowed).toBe(false);
    expect((await checkRateLimit("login", { key: "192.0.2.21", now: at, perMinute: 2 }, testDb.db)).allowed).toBe(true);
    expect((await checkRateLimit("search", { key: "192.0.2.20", now: at, perMinute: 2 }, testDb.db)).allowed).toBe(true);
  });

  it("shares one counter between two app instances, also under concurrent requests", async () => {
    const at = minute(4);
    const instances = [testDb.db, second.db];
    // Round robin, one request at a time: the limit holds over both instances together.
    const sequential = [];
    for (let n = 0; n < 6; n++) sequential.push((await checkRateLimit("login", { key: "198.51.100.1", now: at, perMinute: 4 }, instances[n % 2]!)).allowed);
    expect(sequential).toEqual([true, true, true, true, false, false]);
    // 30 requests at once, half through each instance: exactly the limit gets through.
    const concurrent = await Promise.all(
      Array.from({ length: 30 }, (_, n) => checkRateLimit("login", { key: "198.51.100.2", now: at, perMinute: 10 }, instances[n % 2]!)),
    );
    expect(concurrent.filter((decision) => decision.allowed)).toHaveLength(10);
    const row = await testDb.db.rateLimitWindow.findUniqueOrThrow({ where: { scope_key_windowStart: { scope: "login", key: "198.51.100.2", windowStart: at } } });
    expect(row.count).toBe(30);
  });

  it("audits the first refusal of a window only, naming the limit and the address", async () => {
    const at = minute(5);
    for (let n = 0; n < 8; n++) await checkRateLimit("login", { key: "203.0.113.5", now: at, perMinute: 2 }, n % 2 ? second.db : testDb.db);
    expect(await refusals(testDb.db, at)).toBe(1);
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { action: "security.rate_limited" }, orderBy: { id: "desc" } });
    expect(event.details).toMatchObject({ limit: "login", perMinute: 2, address: "203.0.113.5" });
    expect(event.personId).toBeNull();
  });

  it("does not count at all when switched off (0)", async () => {
    const at = minute(6);
    for (let n = 0; n < 50; n++) expect((await checkRateLimit("search", { key: "off", now: at, perMinute: 0 }, testDb.db)).allowed).toBe(true);
    expect(await testDb.db.rateLimitWindow.count({ where: { key: "off" } })).toBe(0);
  });

  it("bounds the stored key, whatever the request sent", async () => {
    const at = minute(7);
    await checkRateLimit("login", { key: "x".repeat(100_000), now: at, perMinute: 5 }, testDb.db);
    const row = await testDb.db.rateLimitWindow.findFirstOrThrow({ where: { windowStart: at } });
    expect(row.key).toHaveLength(200);
  });

  it("limits patient searches per person, not listing without a query, and says when to retry", async () => {
    process.env.WBCR_RATE_LIMIT_SEARCH = "2";
    const claes = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const maes = await signIn(testDb.db, people.gentMaes, "SPECIALIST", hospitals.gent);
    const search = (context: typeof claes, query?: string) => searchRegistrations(context, { moduleId: "srt", tab: "saved", query }, testDb.db);
    expect((await search(claes, "85073003328")).ok).toBe(true);
    expect((await search(claes, "85073003328")).ok).toBe(true);
    const limited = await search(claes, "85073003328");
    expect(limited).toMatchObject({ ok: false, code: "rate_limited" });
    if (!limited.ok && limited.code === "rate_limited") expect(limited.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((await search(claes)).ok, "the list without a patient query").toBe(true);
    expect((await search(maes, "85073003328")).ok, "another person").toBe(true);
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { action: "security.rate_limited", personId: claes.person.id } });
    expect(event.details).toMatchObject({ limit: "search", perMinute: 2 });
    expect(event.details).not.toHaveProperty("address");
  });

  it("counts IdentifyPerson lookups against the same per-person budget, and a refused lookup asks nothing", async () => {
    process.env.WBCR_RATE_LIMIT_SEARCH = "1";
    const lookups = () => testDb.db.auditEvent.count({ where: { action: "patient.identify" } });
    const peeters = await signIn(testDb.db, people.gentPeeters, "SPECIALIST", hospitals.gent);
    const first = await identifyPatient(peeters, "srt", "85073003328", testDb.db);
    expect(first.status).toBe("found");
    const before = await lookups();
    const second = await identifyPatient(peeters, "srt", "85073003328", testDb.db);
    expect(second).toMatchObject({ status: "rate_limited", existing: null });
    expect(await lookups()).toBe(before);
  });

  it("lets the retention job remove the windows of past minutes, keeping the current one", async () => {
    const now = minute(30, 30);
    await checkRateLimit("login", { key: "192.0.2.99", now, perMinute: 5 }, testDb.db);
    await checkRateLimit("login", { key: "192.0.2.99", now: minute(29, 50), perMinute: 5 }, testDb.db);
    const removed = await removeOldRateLimitWindows(now, testDb.db);
    expect(removed).toBeGreaterThan(0);
    const left = await testDb.db.rateLimitWindow.findMany({ where: { windowStart: { lt: new Date(now.getTime() + 60_000) } } });
    expect(left.map((row) => row.windowStart.toISOString())).toEqual([minute(30).toISOString()]);
  });
});
