/**
 * `npm run db:migrate`: applies pending migrations to the configured database (PGlite by default,
 * or DATABASE_URL) and brings the reference data up to date. `npm start` does the same.
 */
import { migrateAndWriteReferenceData } from "@/lib/db/prepare-database";

export async function migrate(): Promise<string[]> {
  return migrateAndWriteReferenceData();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate().catch((error: unknown) => {
    console.error("migration failed:", error);
    process.exit(1);
  });
}
