/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by DATABASE_URL (CI runs the integration suite both ways).
 */
import { openAdapter } from "@/lib/db/adapter";
import { createDb, createDbOn, type Db } from "@/lib/db/client";
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
    const adapter = openAdapter(config);
    await applyMigrations(adapter.factory);
    const handle = createDbOn(adapter);
    return {
      db: handle.db,
      config,
      // A second client on the same embedded database, as a second app instance would have.
      anotherClient: async () => {
        // Its own Prisma client on the same PGlite; closing it must leave the database open.
        const other = createDbOn({ ...adapter, close: async () => {} });
        return { db: other.db, close: () => other.close() };
      },
      close: () => handle.close(),
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
