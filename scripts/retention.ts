/**
 * `npm run retention`: removes the registrations older than the retention period now (F-SEC-3),
 * the same job the server runs daily. WBCR_RETENTION_DAYS sets the period (default 1095 days).
 * With the embedded PGlite database, stop the application first: one process at a time.
 */
import { createDb } from "@/lib/db/client";
import { databaseConfig, describeDatabase } from "@/lib/db/config";
import { removeExpiredRegistrations, retentionDays } from "@/lib/retention/remove-expired-registrations";
import { removeOldPatientSearches } from "@/lib/patients/patient-search";
import { removeOldRateLimitWindows } from "@/lib/security/rate-limit";

async function main(): Promise<void> {
  const config = databaseConfig();
  const days = retentionDays();
  const { db, close } = createDb(config);
  try {
    const outcome = await removeExpiredRegistrations({ days }, db);
    console.log(
      `retention: ${describeDatabase(config)}: removed ${outcome.removed} registrations (${outcome.drafts} saved, ${outcome.sent} sent) ` +
        `last changed before ${outcome.cutoff.toISOString()} (period ${days} days)`,
    );
    console.log(`retention: removed ${await removeOldRateLimitWindows(new Date(), db)} past rate-limit windows`);
    console.log(`retention: removed ${await removeOldPatientSearches(new Date(), db)} old patient searches`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error("retention failed:", error);
  process.exit(1);
});
