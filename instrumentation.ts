/**
 * Runs once when the Next.js server starts. In production mode it refuses to serve with an
 * unsafe configuration even when started without `npm start` (e.g. `next start` directly);
 * then it starts the daily retention job (F-SEC-3) in the server process, the only one that may
 * open the embedded database while the app runs (with several nodes on PostgreSQL, one runs it
 * at a time: lib/db/cluster-lock.ts).
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next.js's own (nodejs or edge), not WBCR configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isProduction } = await import("@/lib/config/mode");
  if (isProduction()) {
    const { checkProductionConfiguration, refusalMessage } = await import("@/lib/config/production");
    const { problems } = checkProductionConfiguration();
    if (problems.length > 0) {
      console.error(refusalMessage(problems));
      process.exit(1);
    }
  }
  const { readSettings } = await import("@/lib/config/settings");
  if (readSettings().WBCR_RETENTION_SCHEDULE === "off") return;
  const { startRetentionSchedule } = await import("@/lib/retention/retention-schedule");
  startRetentionSchedule();
}
