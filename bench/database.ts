/**
 * The benchmark's own throw-away database: a new database on the PostgreSQL server named by
 * DATABASE_URL (dropped afterwards), or embedded PGlite in a temporary folder. PGlite admits one
 * process at a time, so the bench closes its client before the server opens the same folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
// eslint-disable-next-line no-restricted-imports -- a benchmark opens its own throw-away database
import { createDb, type DbHandle } from "@/lib/db/client";
import { openAdapter } from "@/lib/db/adapter";
import type { DatabaseConfig } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrations";
import { createScratchPostgres } from "@/lib/db/scratch-database";
import type { DbKind } from "./options";

export interface BenchDatabase {
  kind: DbKind;
  config: DatabaseConfig;
  /** Environment for a process (the server) that should use this database. */
  env: Record<string, string>;
  open(): DbHandle;
  drop(): Promise<void>;
}

export async function createBenchDatabase(kind: DbKind): Promise<BenchDatabase> {
  if (kind === "postgres") {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) throw new Error("PostgreSQL benchmark needs DATABASE_URL");
    const scratch = await createScratchPostgres(serverUrl, "wbcr_bench");
    return { kind, config: scratch.config, env: { DATABASE_URL: scratch.config.url }, open: () => createDb(scratch.config), drop: scratch.drop };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "wbcr-bench-pglite-"));
  const config: DatabaseConfig = { kind: "pglite", dataDir };
  const migrator = openAdapter(config);
  try {
    await applyMigrations(migrator.factory);
  } finally {
    await migrator.close();
  }
  return {
    kind,
    config,
    // The server must not see the PostgreSQL URL, or it would use that instead.
    env: { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
    open: () => createDb(config),
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
