/**
 * The benchmark's floor route (app/api/bench/floor) exists only when WBCR_BENCH_ROUTES=1: in any
 * other configuration it answers 404 and touches no database.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/bench/floor/route";
import { benchRoutesEnabled, createFloorTableSql, floorTable, insertFloorPayload } from "@/lib/bench/floor";
import { createTestDb, type TestDb } from "../support/test-db";

const payload = JSON.stringify([{ id: "00000000-0000-4000-8000-000000000000", version: 1, formData: { indication: "AVM" } }]);
const post = () => POST(new Request("http://localhost/api/bench/floor", { method: "POST", body: payload }));

describe("benchmark floor route", () => {
  let testDb: TestDb;
  const original = process.env.WBCR_BENCH_ROUTES;
  beforeAll(async () => {
    testDb = await createTestDb();
    await testDb.db.$executeRawUnsafe(createFloorTableSql);
  });
  afterEach(() => {
    if (original === undefined) delete process.env.WBCR_BENCH_ROUTES;
    else process.env.WBCR_BENCH_ROUTES = original;
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("answers 404 unless bench routes are switched on", async () => {
    for (const value of [undefined, "", "0", "true", "yes"]) {
      if (value === undefined) delete process.env.WBCR_BENCH_ROUTES;
      else process.env.WBCR_BENCH_ROUTES = value;
      expect(benchRoutesEnabled()).toBe(false);
      const response = await post();
      expect(response.status, `WBCR_BENCH_ROUTES=${value}`).toBe(404);
    }
    process.env.WBCR_BENCH_ROUTES = "1";
    expect(benchRoutesEnabled()).toBe(true);
  });

  it("writes the payload, once, into the bench's own table only", async () => {
    const registrationsBefore = await testDb.db.registration.count();
    await insertFloorPayload(payload, testDb.db);
    const rows = await testDb.db.$queryRawUnsafe<{ payload: unknown }[]>(`SELECT payload FROM ${floorTable}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual(JSON.parse(payload));
    expect(await testDb.db.registration.count()).toBe(registrationsBefore);
  });
});
