import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health/check-health";
import { createTestDb, type TestDb } from "../support/test-db";

describe("checkHealth", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb.close();
  });

  it("reports the database reachable and migrated", async () => {
    const report = await checkHealth(testDb.db);
    expect(report.status).toBe("up");
    expect(report.database.ok).toBe(true);
    expect(report.database.migrations).toBeGreaterThan(0);
  });

  it("reports down, without throwing, when the database is gone", async () => {
    const broken = await createTestDb();
    await broken.close();
    const report = await checkHealth(broken.db);
    expect(report.status).toBe("down");
    expect(report.database.ok).toBe(false);
  });
});
