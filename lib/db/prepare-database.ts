/**
 * What every start and every `npm run db:migrate` does to the database, demo or production:
 * apply pending migrations, then write the reference data (modules from the registry, insurers,
 * terms of use; idempotent) and protect identities written by older versions. With several nodes starting at once on PostgreSQL they take turns
 * (cluster lock "migrations"): the first applies, the others find nothing left to do.
 */
import { openAdapter } from "./adapter";
import { createDb } from "./client";
import { clusterLock } from "./cluster-lock";
import { databaseConfig, describeDatabase, type DatabaseConfig } from "./config";
import { applyMigrations } from "./migrations";
import { protectLegacyIdentities } from "@/lib/security/reencrypt-identities";
import { seedReferenceData } from "./seed/seed-reference-data";

export const MIGRATIONS_LOCK = "migrations";

export async function migrateAndWriteReferenceData(config: DatabaseConfig = databaseConfig(), log = console.log): Promise<string[]> {
  return clusterLock(config).run(MIGRATIONS_LOCK, async () => {
    const adapter = openAdapter(config);
    let applied: string[];
    try {
      applied = await applyMigrations(adapter.factory);
    } finally {
      await adapter.close();
    }
    log(`migrations: ${applied.length} applied to ${describeDatabase(config)}${applied.length ? ": " + applied.join(", ") : ""}`);
    const { db, close } = createDb(config);
    try {
      await seedReferenceData(db);
      const legacy = await protectLegacyIdentities(db);
      if (legacy.patients + legacy.people > 0) {
        log(`identities: ${legacy.patients} older patient blocks bound to their registration, ${legacy.people} staff INSZ encrypted`);
      }
    } finally {
      await close();
    }
    log("reference data: modules, insurers and terms of use are up to date");
    return applied;
  });
}
