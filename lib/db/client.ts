/**
 * The one Prisma client of the process. Only lib/ imports it: pages and components go through
 * the use cases in lib/, which check access first.
 */
import { PrismaClient } from "@/generated/prisma/client";
import { openAdapter, type OpenAdapter } from "./adapter";
import { databaseConfig, type DatabaseConfig } from "./config";
import { registerRowReader } from "./row-reader";

export type Db = PrismaClient;

export interface DbHandle {
  db: PrismaClient;
  close(): Promise<void>;
}

export function createDb(config: DatabaseConfig = databaseConfig()): DbHandle {
  return createDbOn(openAdapter(config));
}

/** A client on an adapter already opened (e.g. migrated first through the same in-memory PGlite). */
export function createDbOn(adapter: OpenAdapter): DbHandle {
  const db = new PrismaClient({ adapter: adapter.factory });
  registerRowReader(db, adapter.readRows);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await adapter.close();
    },
  };
}

// Next.js reloads modules in development; keep one client (and one PGlite) per process.
const globalForDb = globalThis as unknown as { wbcrDb?: DbHandle };

export function getDb(): PrismaClient {
  globalForDb.wbcrDb ??= createDb();
  return globalForDb.wbcrDb.db;
}
