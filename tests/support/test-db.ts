/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by DATABASE_URL (CI runs the integration suite both ways).
 */
import { createDb, type Db } from "@/lib/db/client";
import type { DatabaseConfig } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrations";
import { createScratchPostgres } from "@/lib/db/scratch-database";

export interface TestDb {
  db: Db;
  config: DatabaseConfig;
  /** A second client on the same database, as a second app instance would have. */
  anotherClient(): Promise<{ db: Db; close(): Promise<void> }>;
  close(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // PGlite: one in-process instance holds the data; migrate through it, then query through it.
    const config: DatabaseConfig = { kind: "pglite", dataDir: "memory://" };
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const { PrismaClient } = await import("@/generated/prisma/client");
    const pglite = new PGlite();
    const factory = new PrismaPGlite(pglite);
    await applyMigrations(factory);
    const db = new PrismaClient({ adapter: factory });
    return {
      db,
      config,
      anotherClient: async () => {
        const other = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
        return { db: other, close: () => other.$disconnect() };
      },
      close: async () => {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }
  const scratch = await createScratchPostgres(serverUrl, "wbcr_test");
  const handle = createDb(scratch.config);
  return {
    db: handle.db,
    config: scratch.config,
    anotherClient: async () => createDb(scratch.config),
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}
