/**
 * Where the database is: PostgreSQL when DATABASE_URL is set (production, CI), otherwise the
 * embedded PGlite under .data/ (or PGLITE_DATA_DIR; "memory://" for throw-away test databases).
 */
import path from "node:path";
import { readSettings, type Env } from "@/lib/config/settings";

export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export function databaseConfig(env: Env = process.env): DatabaseConfig {
  const settings = readSettings(env);
  if (settings.DATABASE_URL) return { kind: "postgres", url: settings.DATABASE_URL };
  const dataDir = settings.PGLITE_DATA_DIR ?? path.join(process.cwd(), ".data", "pglite");
  return { kind: "pglite", dataDir };
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `embedded PGlite (${config.dataDir})`;
  const url = new URL(config.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
