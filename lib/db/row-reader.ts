/**
 * Plain SQL reads straight through the database driver, for the few paths that read many rows
 * (exports): Prisma's result mapping costs about as much as the query itself there. Rows come
 * back as the driver parses them (json as objects, timestamptz as Date); callers choose and
 * cast their columns in SQL. Access is never decided here: callers pass ids that a Prisma query
 * with the access policy has already selected.
 */
import type { PrismaClient } from "@/generated/prisma/client";

export type RowReader = <Row>(sql: string, params: readonly unknown[]) => Promise<Row[]>;

const readers = new WeakMap<PrismaClient, RowReader>();

/** Called by createDb: the driver behind a client. */
export function registerRowReader(db: PrismaClient, reader: RowReader): void {
  readers.set(db, reader);
}

/** The driver behind `db`; a client made elsewhere (none should be) has none. */
export function rowReaderOf(db: PrismaClient): RowReader {
  const reader = readers.get(db);
  if (!reader) throw new Error("this Prisma client was not created by lib/db (no row reader)");
  return reader;
}
