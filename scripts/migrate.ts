/** Applies pending migrations to the configured database (PGlite by default, or DATABASE_URL). */
import { openAdapter } from "@/lib/db/adapter";
import { databaseConfig, describeDatabase } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrations";

export async function migrate(): Promise<string[]> {
  const config = databaseConfig();
  const adapter = openAdapter(config);
  try {
    const applied = await applyMigrations(adapter.factory);
    console.log(`migrations: ${applied.length} applied to ${describeDatabase(config)}${applied.length ? ": " + applied.join(", ") : ""}`);
    return applied;
  } finally {
    await adapter.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate().catch((error: unknown) => {
    console.error("migration failed:", error);
    process.exit(1);
  });
}
