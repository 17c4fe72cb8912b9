/**
 * Retention (F-SEC-3): registrations are kept for a configurable period after their last change
 * — for sent ones, their sending date — and then removed, with their patient block and warning
 * confirmations (cascade). Audit events stay (they hold no foreign key to the registration).
 *
 *   WBCR_RETENTION_DAYS   the period in days; default 1095 (3 years, the WBCR's).
 *
 * A registration is expired when that date lies strictly more than the period before `now`.
 * Deleted in batches, each in its own transaction, so a large first run never holds long locks;
 * the run is audited once (retention.run) with the counts, even when nothing was removed.
 */
import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { readSettings, type Env } from "@/lib/config/settings";
import { getDb, type Db } from "@/lib/db/client";

export const DEFAULT_RETENTION_DAYS = 1095;
const DAY_MS = 86_400_000;

/** The configured period in days; a malformed value is a configuration error, not a silent default. */
export function retentionDays(env: Env = process.env): number {
  return readSettings(env).WBCR_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS;
}

export interface RetentionOptions {
  /** The controlled clock: what "now" is for this run. */
  now?: Date;
  days?: number;
  batchSize?: number;
}

export interface RetentionOutcome {
  cutoff: Date;
  days: number;
  drafts: number;
  sent: number;
  removed: number;
}

/** Saved registrations by last change, sent ones by sending date. */
export function expiredWhere(cutoff: Date): Prisma.RegistrationWhereInput {
  return {
    OR: [
      { status: "DRAFT", updatedAt: { lt: cutoff } },
      { status: "SENT", sentAt: { lt: cutoff } },
    ],
  };
}

export async function removeExpiredRegistrations(options: RetentionOptions = {}, db: Db = getDb()): Promise<RetentionOutcome> {
  const now = options.now ?? new Date();
  const days = options.days ?? retentionDays();
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(days) || days < 1) throw new Error(`retention period must be at least one day, not ${days}`);
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const where = expiredWhere(cutoff);
  let drafts = 0;
  let sent = 0;
  for (;;) {
    const batch = await db.registration.findMany({ where, select: { id: true }, take: batchSize });
    if (batch.length === 0) break;
    const ids = batch.map((row) => row.id);
    // The condition is repeated in the deletes: a draft saved in the meantime is no longer expired.
    const counts = await db.$transaction(async (tx) => {
      const removedDrafts = await tx.registration.deleteMany({ where: { id: { in: ids }, status: "DRAFT", updatedAt: { lt: cutoff } } });
      const removedSent = await tx.registration.deleteMany({ where: { id: { in: ids }, status: "SENT", sentAt: { lt: cutoff } } });
      return { drafts: removedDrafts.count, sent: removedSent.count };
    });
    drafts += counts.drafts;
    sent += counts.sent;
    if (batch.length < batchSize) break;
  }
  const outcome: RetentionOutcome = { cutoff, days, drafts, sent, removed: drafts + sent };
  await recordAuditEvent(
    db,
    { personId: null, organisationId: null, actingForMembershipId: null },
    {
      action: "retention.run",
      details: { at: now.toISOString(), cutoff: cutoff.toISOString(), retentionDays: days, removed: outcome.removed, drafts, sent },
    },
  );
  return outcome;
}
