/**
 * A throw-away, migrated database on a PostgreSQL server (tests and benchmarks): created under a
 * random name next to the server's default database, dropped by `drop()`.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openAdapter } from "./adapter";
import type { DatabaseConfig } from "./config";
import { applyMigrations } from "./migrations";

export interface ScratchDatabase {
  config: Extract<DatabaseConfig, { kind: "postgres" }>;
  drop(): Promise<void>;
}

export async function createScratchPostgres(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const config = { kind: "postgres" as const, url: url.toString() };
  const migrator = openAdapter(config);
  try {
    await applyMigrations(migrator.factory);
  } finally {
    await migrator.close();
  }
  return { config, drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** One statement on the server outside any database of the app (CREATE/DROP DATABASE). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
