/** `npm run db:seed`: seeds reference data and the demo into the configured database. */
import { createDb } from "@/lib/db/client";
import { databaseConfig, describeDatabase } from "@/lib/db/config";
import { seedDemo, seedDemoRegistrations } from "@/lib/db/seed";

export async function seed(): Promise<void> {
  const config = databaseConfig();
  const { db, close } = createDb(config);
  try {
    const started = Date.now();
    await seedDemo(db);
    const registrations = await seedDemoRegistrations(db, Number(process.env.WBCR_DEMO_REGISTRATIONS ?? 360));
    console.log(`seed: demo data and ${registrations} registrations in ${describeDatabase(config)} (${Date.now() - started} ms)`);
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed().catch((error: unknown) => {
    console.error("seed failed:", error);
    process.exit(1);
  });
}
