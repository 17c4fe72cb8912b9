/**
 * Rate limiting shared by every app instance: the counters live in the database, one row per
 * limit, key and fixed one-minute window, so two instances behind a round-robin proxy count the
 * same requests. A check is one statement (insert or increment, returning the new count); the
 * database serialises concurrent increments of the same row, so no request is lost.
 *
 * The first refusal of a window is audited (security.rate_limited); later ones in the same window
 * are not, so a flood cannot fill the audit trail.
 */
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { rateLimitPerMinute, type RateLimitName } from "./rate-limits";

export const WINDOW_MS = 60_000;

export type RateLimitDecision =
  | { allowed: true }
  | { allowed: false; /** Whole seconds until the next window opens (at least 1). */ retryAfterSeconds: number };

export interface RateLimitCheck {
  /** Client address for "login", person id for "search". */
  key: string;
  /** Who is refused, for the audit trail (login: nobody known yet). */
  actor?: AuditActor;
  /** The controlled clock of the tests. */
  now?: Date;
  /** Overrides the configured limit (tests). */
  perMinute?: number;
}

const windowStartOf = (now: Date) => new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);

const nobody: AuditActor = { personId: null, organisationId: null, actingForMembershipId: null };

/** Counts this request and says whether it is within the limit. */
export async function checkRateLimit(name: RateLimitName, check: RateLimitCheck, db: Db = getDb()): Promise<RateLimitDecision> {
  const perMinute = check.perMinute ?? rateLimitPerMinute(name);
  if (perMinute === 0) return { allowed: true };
  const now = check.now ?? new Date();
  const windowStart = windowStartOf(now);
  // Keys come from the request (addresses, ids): bounded so a crafted header cannot bloat the table.
  const key = check.key.slice(0, 200);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("scope", "key", "windowStart", "count")
    VALUES (${name}, ${key}, ${windowStart}, 1)
    ON CONFLICT ("scope", "key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(row?.count ?? 0);
  if (count <= perMinute) return { allowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  if (count === perMinute + 1) {
    await recordAuditEvent(db, check.actor ?? nobody, {
      action: "security.rate_limited",
      details: { limit: name, perMinute, ...(name === "login" ? { address: key } : {}), windowStart: windowStart.toISOString() },
    });
    console.warn(`rate limit: ${name} limit of ${perMinute}/min reached for ${name === "login" ? key : "a person"} until ${new Date(windowStart.getTime() + WINDOW_MS).toISOString()}`);
  }
  return { allowed: false, retryAfterSeconds };
}

/** For the retention job: windows that ended before `now` count for nothing any more. */
export async function removeOldRateLimitWindows(now: Date = new Date(), db: Db = getDb()): Promise<number> {
  const { count } = await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: windowStartOf(now) } } });
  return count;
}
