/**
 * The benchmark's floor: one INSERT of a save-draft payload through the application's own Prisma
 * client and pool, with nothing else around it (no session, no parsing, no access check). It
 * tells how fast the saving could be at best, so the real save can be judged against it.
 * Only mounted when WBCR_BENCH_ROUTES=1, and it writes into a table the benchmark creates in
 * its own throw-away database: a real database has no such table, so nothing can leak into it.
 */
import { readSettings, type Env } from "@/lib/config/settings";
import { getDb, type Db } from "@/lib/db/client";

export const floorTable = "bench_floor";

export const createFloorTableSql = `CREATE TABLE IF NOT EXISTS ${floorTable} (id bigserial PRIMARY KEY, payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`;

export function benchRoutesEnabled(env: Env = process.env): boolean {
  return readSettings(env).WBCR_BENCH_ROUTES === true;
}

/** One INSERT of the raw JSON body; the caller has checked that bench routes are enabled. */
export async function insertFloorPayload(payload: string, db: Db = getDb()): Promise<void> {
  await db.$executeRawUnsafe(`INSERT INTO ${floorTable} (payload) VALUES ($1::jsonb)`, payload);
}
