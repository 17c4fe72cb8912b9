/**
 * Plain SQL reads straight through the database driver, for the few paths that read many rows
 * (exports): Prisma's result mapping costs about as much as the query itself there. Rows come
 * back as the driver parses them (json as objects, timestamptz as Date); callers choose and
 * cast their columns in SQL. Access is never decided here: callers pass ids that a Prisma query
 * with the access policy has already selected.
 */
import type { PrismaClient } from "@/generated/prisma/client";

export type RowReader = <Row>(sql: string, params: readonly unknown[]) => Promise<Row[]>;

// Kept on the client itself under a registry symbol, not in a module-level map: Next bundles a
// module into several server chunks, each with its own copy of this file's variables, while the
// one client of the process (client.ts) is shared through globalThis.
const READER = Symbol.for("wbcr.db.rowReader");

type WithReader = PrismaClient & { [READER]?: RowReader };

/** Called by createDb: the driver behind a client. */
export function registerRowReader(db: PrismaClient, reader: RowReader): void {
  Object.defineProperty(db, READER, { value: reader, enumerable: false });
}

/** The driver behind `db`; a client made elsewhere (none should be) has none. */
export function rowReaderOf(db: PrismaClient): RowReader {
  const reader = (db as WithReader)[READER];
  if (!reader) throw new Error("this Prisma client was not created by lib/db (no row reader)");
  return reader;
}
