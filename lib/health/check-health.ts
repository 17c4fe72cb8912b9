import "server-only";
import { wbcrMode } from "@/lib/config/mode";
import { readSettings } from "@/lib/config/settings";
import { databaseConfig } from "@/lib/db/config";
import { getDb, type Db } from "@/lib/db/client";

/** What a load balancer sees: only whether this node can serve. */
export interface PublicHealth {
  status: "up" | "down";
}

export interface HealthReport extends PublicHealth {
  app: { name: string; version: string; mode: "demo" | "production" };
  database: { kind: "pglite" | "postgres"; ok: boolean; latencyMs: number | null; migrations: number | null };
  checkedAt: string;
}

/** Details (version, database kind, migrations) only with WBCR_HEALTH_DETAILS=1, or in the demo. */
export function healthDetailsShown(): boolean {
  return readSettings().WBCR_HEALTH_DETAILS ?? wbcrMode() === "demo";
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
    status: ok ? "up" : "down",
    app: { name: "wbcr", version: process.env.npm_package_version ?? "0.1.0", mode: wbcrMode() },
    database: { kind, ok, latencyMs, migrations },
    checkedAt: new Date().toISOString(),
  };
}
