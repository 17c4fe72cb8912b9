import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffMigrationsToSchema, readMigrationList, readSchema } from "@/lib/db/migrations";
import { createTestDb, type TestDb } from "../support/test-db";

describe("migrations", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb.close();
  });

  it("are all recorded in _prisma_migrations after applying them", async () => {
    const folders = (await readMigrationList()).migrationDirectories.map((d) => d.path);
    const rows = await testDb.db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    expect(folders.length).toBeGreaterThan(0);
  });

  it("produce exactly the schema in schema.prisma (no drift)", async () => {
    const pglite = new PGlite();
    try {
      const drift = await diffMigrationsToSchema(new PrismaPGlite(pglite));
      expect(drift, `schema.prisma differs from the migrations; run npm run db:migrate:new -- <name>:\n${drift}`).toBe("");
    } finally {
      await pglite.close();
    }
  });

  it("report drift when schema.prisma gains a column the migrations lack", async () => {
    const changed = (await readSchema()).replace(
      "model Organisation {",
      "model Organisation {\n  driftProbe String?",
    );
    const pglite = new PGlite();
    try {
      const drift = await diffMigrationsToSchema(new PrismaPGlite(pglite), changed);
      expect(drift).toContain('ADD COLUMN     "driftProbe" TEXT');
    } finally {
      await pglite.close();
    }
  });
});
