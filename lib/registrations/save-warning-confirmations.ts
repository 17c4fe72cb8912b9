import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { ok, refuse, type Result } from "./result";
import type { WarningConfirmationInput } from "./send-registration";
import { validateRegistration } from "./validate-registration";
import { loadRegistration } from "./load-registration";

/**
 * "Save" on the summary keeps the comments confirming warnings with the draft, so it can be
 * sent later, alone or in a bulk send. Only comments for warnings the draft has now are kept.
 */
export async function saveWarningConfirmations(
  context: SessionContext | null,
  input: { id: string; version: number; confirmations: WarningConfirmationInput[] },
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Result<{ saved: number; moduleId: string }>> {
  if (!context || !registrationWhere(context, "edit")) return refuse("not_found");
  const draft = await loadRegistration(context, input.id, "edit", db);
  if (!draft) return refuse("not_found");
  if (draft.version !== input.version) return refuse("stale");
  const warnings = validateRegistration(draft, { today: now, sendDate: now }).issues.filter((i) => i.severity === "warning");
  const kept = warnings.flatMap((warning) => {
    const typed = input.confirmations.find((c) => c.ruleId === warning.ruleId && c.fieldPath === warning.path);
    const comment = typed?.comment.trim();
    return comment ? [{ warning, comment }] : [];
  });
  await db.$transaction(async (tx) => {
    await tx.warningConfirmation.deleteMany({ where: { registrationId: draft.id } });
    for (const { warning, comment } of kept) {
      await tx.warningConfirmation.create({
        data: {
          registrationId: draft.id,
          ruleId: warning.ruleId,
          ruleVersion: warning.ruleVersion,
          fieldPath: warning.path,
          comment,
          confirmedById: context.person.id,
          confirmedAt: now,
        },
      });
    }
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.confirm_warnings",
      moduleId: draft.moduleId,
      registrationId: draft.id,
      details: { confirmed: kept.map((k) => k.warning.ruleId) },
    });
  });
  return ok({ saved: kept.length, moduleId: draft.moduleId });
}
