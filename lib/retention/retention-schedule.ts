/**
 * The daily retention job (F-SEC-3). Call `startRetentionSchedule()` once in the process that
 * serves the application: the first run comes shortly after the start, then one every 24 hours.
 * The timers are unref'd (they never keep a process alive) and runs never overlap; a failed run
 * is logged and retried at the next tick. Each run also removes the rate-limit counters of past
 * minutes.
 *
 * With the embedded PGlite database only one process may open the data folder, so the job must
 * run inside the server process (using its client, the default). Against PostgreSQL a separate
 * process may run it too, passing `openDb` to connect for each run. With several nodes on one
 * PostgreSQL database each run takes the cluster lock "retention" (lib/db/cluster-lock.ts):
 * a node whose tick comes while another node's run is under way skips it.
 */
import { getDb, type Db, type DbHandle } from "@/lib/db/client";
import { clusterLock, type ClusterLock } from "@/lib/db/cluster-lock";
import { removeOldPatientSearches } from "@/lib/patients/patient-search";
import { removeOldRateLimitWindows } from "@/lib/security/rate-limit";
import { removeExpiredRegistrations, retentionDays, type RetentionOutcome } from "./remove-expired-registrations";

const DAY_MS = 86_400_000;

export interface RetentionScheduleOptions {
  intervalMs?: number;
  /** Delay of the first run after the start (default one minute: the start stays quick). */
  firstRunDelayMs?: number;
  /** Opens a connection per run (PostgreSQL only); by default the process's client is used. */
  openDb?: () => DbHandle;
  db?: () => Db;
  log?: (message: string) => void;
  /** One node at a time (default: the configured database's advisory lock). */
  lock?: ClusterLock;
}

export const RETENTION_LOCK = "retention";

export interface RetentionSchedule {
  /** Runs the job now (unless a run is under way); resolves with its outcome, or null. */
  runNow(): Promise<RetentionOutcome | null>;
  stop(): void;
}

export function startRetentionSchedule(options: RetentionScheduleOptions = {}): RetentionSchedule {
  const days = retentionDays(); // a malformed WBCR_RETENTION_DAYS stops the start, not a nightly run
  const log = options.log ?? ((message: string) => console.log(message));
  let running = false;

  async function runNow(): Promise<RetentionOutcome | null> {
    if (running) return null;
    running = true;
    try {
      const outcome = await (options.lock ?? clusterLock()).tryRun(RETENTION_LOCK, runHere);
      if (!outcome.ran) log("retention: another node is running the job; skipped here");
      return outcome.ran ? outcome.value : null;
    } catch (error) {
      console.error("retention: run failed:", error);
      return null;
    } finally {
      running = false;
    }
  }

  async function runHere(): Promise<RetentionOutcome | null> {
    const handle = options.openDb?.();
    try {
      const db = handle?.db ?? options.db?.() ?? getDb();
      const outcome = await removeExpiredRegistrations({ days }, db);
      // Rate-limit counters of past minutes count for nothing any more (lib/security/rate-limit.ts).
      const windows = await removeOldRateLimitWindows(new Date(), db);
      // Patient searches live half an hour (lib/patients/patient-search.ts).
      const searches = await removeOldPatientSearches(new Date(), db);
      log(
        `retention: removed ${outcome.removed} registrations (${outcome.drafts} saved, ${outcome.sent} sent) last changed before ` +
          `${outcome.cutoff.toISOString()}, ${windows} past rate-limit windows and ${searches} old patient searches`,
      );
      return outcome;
    } catch (error) {
      console.error("retention: run failed:", error);
      return null;
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  const first = setTimeout(() => void runNow(), options.firstRunDelayMs ?? 60_000);
  const daily = setInterval(() => void runNow(), options.intervalMs ?? DAY_MS);
  first.unref();
  daily.unref();
  return {
    runNow,
    stop: () => {
      clearTimeout(first);
      clearInterval(daily);
    },
  };
}
