import "server-only";
import { databaseConfig } from "@/lib/db/config";
import { getDb, type Db } from "@/lib/db/client";

export interface HealthReport {
  status: "ok" | "degraded";
  app: { name: string; version: string };
  database: { kind: "pglite" | "postgres"; ok: boolean; latencyMs: number | null; migrations: number | null };
  checkedAt: string;
}

/** Application and database status for GET /api/health; never throws. */
export async function checkHealth(db: Db = getDb(), now = () => performance.now()): Promise<HealthReport> {
  const kind = databaseConfig().kind;
  const started = now();
  let ok = false;
  let migrations: number | null = null;
  try {
    const rows = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*)::bigint AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    migrations = Number(rows[0]?.count ?? 0);
    ok = true;
  } catch {
    ok = false;
  }
  const latencyMs = ok ? Math.round((now() - started) * 100) / 100 : null;
  return {
    status: ok ? "ok" : "degraded",
    app: { name: "wbcr", version: process.env.npm_package_version ?? "0.1.0" },
    database: { kind, ok, latencyMs, migrations },
    checkedAt: new Date().toISOString(),
  };
}
