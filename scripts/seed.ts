/**
 * `npm run db:seed`: reference data and the demo (demo people, their hospitals and registrations)
 * into the configured database. Refused in production mode: the demo people have registry-wide
 * rights. Production gets its reference data from every start and `npm run db:migrate`.
 */
import { wbcrMode } from "@/lib/config/mode";
import { readSettings } from "@/lib/config/settings";
import { createDb } from "@/lib/db/client";
import { databaseConfig, describeDatabase } from "@/lib/db/config";
import { seedDemo, seedDemoRegistrations } from "@/lib/db/seed";

export async function seed(): Promise<void> {
  const config = databaseConfig();
  const { db, close } = createDb(config);
  try {
    const started = Date.now();
    await seedDemo(db);
    const registrations = await seedDemoRegistrations(db, readSettings().WBCR_DEMO_REGISTRATIONS ?? 360);
    console.log(`seed: demo data and ${registrations} registrations in ${describeDatabase(config)} (${Date.now() - started} ms)`);
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (wbcrMode() === "production") {
    console.error(
      `seed refused: ${describeDatabase(databaseConfig())} is a production database (DATABASE_URL without WBCR_MODE=demo). ` +
        "The demo seed creates demo people with registry-wide rights; set WBCR_MODE=demo only for a throw-away database.",
    );
    process.exit(1);
  }
  seed().catch((error: unknown) => {
    console.error("seed failed:", error);
    process.exit(1);
  });
}
