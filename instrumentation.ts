/**
 * Runs once when the Next.js server starts: the daily retention job (F-SEC-3) lives in the
 * server process, the only one that may open the embedded database while the app runs.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.WBCR_RETENTION_SCHEDULE === "off") return;
  const { startRetentionSchedule } = await import("@/lib/retention/retention-schedule");
  startRetentionSchedule();
}
