/**
 * `npm run retention`: removes the registrations older than the retention period now (F-SEC-3),
 * the same job the server runs daily. WBCR_RETENTION_DAYS sets the period (default 1095 days).
 * With the embedded PGlite database, stop the application first: one process at a time. On
 * PostgreSQL it takes the same cluster lock as the nodes' schedule, so it never runs beside one.
 */
import { createDb } from "@/lib/db/client";
import { clusterLock } from "@/lib/db/cluster-lock";
import { databaseConfig, describeDatabase } from "@/lib/db/config";
import { RETENTION_LOCK } from "@/lib/retention/retention-schedule";
import { removeExpiredRegistrations, retentionDays } from "@/lib/retention/remove-expired-registrations";
import { removeOldPatientSearches } from "@/lib/patients/patient-search";
import { removeOldRateLimitWindows } from "@/lib/security/rate-limit";

async function main(): Promise<void> {
  const config = databaseConfig();
  const days = retentionDays();
  const outcome = await clusterLock(config).tryRun(RETENTION_LOCK, () => run(config, days));
  if (!outcome.ran) {
    console.error("retention: a node is running the job right now; nothing done");
    process.exitCode = 3;
  }
}

async function run(config: ReturnType<typeof databaseConfig>, days: number): Promise<void> {
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
