/**
 * The driver adapter for the configured database. Everything above this file — Prisma client,
 * migrations, seed — is the same for PGlite and PostgreSQL.
 */
import { mkdirSync } from "node:fs";
import { readSettings } from "@/lib/config/settings";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./config";
import type { RowReader } from "./row-reader";

export interface OpenAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The same connections, for plain SQL reads of many rows (row-reader.ts). */
  readRows: RowReader;
  /** Releases the embedded database's files (PGlite allows one process at a time). */
  close(): Promise<void>;
}

export function openAdapter(config: DatabaseConfig): OpenAdapter {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: poolSize() });
    // An idle connection closed by the server (restart, pg_terminate_backend) is dropped by the
    // pool and replaced on the next query; unhandled, the error would crash the process.
    pool.on("error", (error) => console.warn(`database connection lost: ${error.message}`));
    return {
      factory: new PrismaPg(pool),
      readRows: async <Row>(sql: string, params: readonly unknown[]) => (await pool.query(sql, [...params])).rows as Row[],
      close: () => pool.end(),
    };
  }
  if (!config.dataDir.startsWith("memory://")) mkdirSync(config.dataDir, { recursive: true });
  const pglite = new PGlite(config.dataDir);
  return {
    factory: new PrismaPGlite(pglite),
    readRows: async <Row>(sql: string, params: readonly unknown[]) => (await pglite.query<Row>(sql, [...params])).rows,
    close: () => pglite.close(),
  };
}

function poolSize(): number {
  return readSettings().DATABASE_POOL_SIZE ?? 10;
}
