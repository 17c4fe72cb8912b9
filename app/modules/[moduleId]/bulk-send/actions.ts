"use server";

/**
 * F-BULK-1: one chunk of a bulk send. The page calls this with at most ten ids at a time so it
 * can show progress; `bulkSend` validates the input, checks access per registration and sends
 * each in its own transaction (entirely or not at all).
 */
import type { BulkChunkResult } from "@/components/bulk-send/types";
import { readSessionContext } from "@/lib/access/verify-session";
import { bulkSend } from "@/lib/registrations/bulk-send";

export async function bulkSendChunkAction(moduleId: unknown, ids: unknown): Promise<BulkChunkResult> {
  if (typeof moduleId !== "string" || !Array.isArray(ids) || ids.length > 10) return { ok: false, code: "invalid" };
  const result = await bulkSend(await readSessionContext(), { moduleId, ids });
  if (!result.ok) return result;
  // Only what the page shows: the validation issues stay on the summary page.
  return {
    ok: true,
    outcomes: result.outcomes.map((outcome) =>
      outcome.sent
        ? { id: outcome.id, sent: true as const, reference: outcome.reference, alreadySent: outcome.alreadySent }
        : { id: outcome.id, sent: false as const, code: outcome.code },
    ),
  };
}
