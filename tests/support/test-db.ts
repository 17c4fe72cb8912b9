/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by DATABASE_URL (CI runs the integration suite both ways).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import { openAdapter } from "@/lib/db/adapter";
import type { DatabaseConfig } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrations";

export interface TestDb {
  db: Db;
  config: DatabaseConfig;
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
      close: async () => {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }
  const name = `wbcr_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const config: DatabaseConfig = { kind: "postgres", url: url.toString() };
  const migrator = openAdapter(config);
  await applyMigrations(migrator.factory);
  await migrator.close();
  const handle = createDb(config);
  return {
    db: handle.db,
    config,
    close: async () => {
      await handle.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
