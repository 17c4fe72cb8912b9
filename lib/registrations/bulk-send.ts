/**
 * F-BULK-1: the user's validated drafts in a module, and sending a selection of them. Each
 * registration goes through the same sendRegistration as a single send — its own transaction —
 * so each is sent entirely or not at all, whatever happens to the others or to the process.
 */
import { z } from "zod";
import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import type { ValidationIssue } from "@/lib/validation/types";
import type { RefusalCode } from "./result";
import { searchRegistrations, type ListedRegistration } from "./search-registrations";
import { sendRegistration } from "./send-registration";

export const ZBulkSendInput = z.strictObject({
  moduleId: z.string().max(40),
  ids: z.array(z.uuid()).min(1).max(200),
});

export type BulkSendOutcome =
  | { id: string; sent: true; reference: string; alreadySent: boolean }
  | { id: string; sent: false; code: RefusalCode; issues?: ValidationIssue[] };

/** Drafts the user may send whose last validation found no errors (with or without warnings). */
export async function listBulkCandidates(
  context: SessionContext | null,
  moduleId: string,
  db: Db = getDb(),
  limit = 1000,
): Promise<ListedRegistration[]> {
  if (!registrationWhere(context, "send")) return [];
  const listed: ListedRegistration[] = [];
  let after: string | undefined;
  do {
    const page = await searchRegistrations(context, { moduleId, tab: "saved", validatedOnly: true, after, pageSize: 200 }, db);
    if (!page.ok) break;
    listed.push(...page.data.items);
    after = page.data.nextCursor ?? undefined;
  } while (after && listed.length < limit);
  return listed.slice(0, limit);
}

export async function bulkSend(
  context: SessionContext | null,
  rawInput: unknown,
  db: Db = getDb(),
  now: () => Date = () => new Date(),
): Promise<{ ok: true; outcomes: BulkSendOutcome[] } | { ok: false; code: "invalid" }> {
  const parsed = ZBulkSendInput.safeParse(rawInput);
  if (!parsed.success) return { ok: false, code: "invalid" };
  const outcomes: BulkSendOutcome[] = [];
  for (const id of new Set(parsed.data.ids)) {
    const where = registrationWhere(context, "view");
    const row = where ? await db.registration.findFirst({ where: { AND: [where, { id, moduleId: parsed.data.moduleId }] }, select: { version: true, confirmations: true } }) : null;
    if (!row) {
      outcomes.push({ id, sent: false, code: "not_found" });
      continue;
    }
    // Confirmations saved earlier on the summary page count for the bulk send too.
    const confirmations = row.confirmations.map((c) => ({ ruleId: c.ruleId, fieldPath: c.fieldPath, comment: c.comment }));
    const result = await sendRegistration(context, { id, version: row.version, confirmations }, db, now());
    outcomes.push(
      result.ok
        ? { id, sent: true, reference: result.data.reference, alreadySent: result.data.alreadySent }
        : { id, sent: false, code: result.code, issues: result.issues },
    );
  }
  return { ok: true, outcomes };
}
