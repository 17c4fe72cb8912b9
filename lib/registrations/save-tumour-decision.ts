import { z } from "zod";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { readFacts } from "@/lib/modules/facts";
import { formOf, getModule } from "@/lib/modules/registry";
import { findPatientTumours } from "./find-patient-tumours";
import { loadRegistration } from "./load-registration";
import { ok, refuse, type Result } from "./result";
import { TUMOUR_CHOICES, tumourHints } from "./tumour-hints";

export const ZTumourDecision = z.strictObject({
  id: z.uuid(),
  otherId: z.uuid(),
  choice: z.enum(TUMOUR_CHOICES),
  comment: z.string().max(2000),
});
export type TumourDecisionInput = z.input<typeof ZTumourDecision>;

/**
 * The user's decision on one "may already be registered" hint of a draft: the hint is computed
 * again here from the saved draft (never taken from the browser), and the decision replaces an
 * earlier one about the same other registration. "Same tumour" and "checked" need a comment.
 */
export async function saveTumourDecision(
  context: SessionContext | null,
  raw: unknown,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Result<{ ruleId: string }>> {
  const parsed = ZTumourDecision.safeParse(raw);
  if (!parsed.success) return refuse("invalid");
  const input = parsed.data;
  const comment = input.comment.trim();
  if (input.choice !== "new_primary" && comment === "") return refuse("invalid", { fieldErrors: { comment: ["required"] } });
  if (!context) return refuse("session_ended");
  const draft = await loadRegistration(context, input.id, "edit", db);
  const declaration = draft && getModule(draft.moduleId);
  if (!draft || !declaration) return refuse("not_found");
  const tumours = await findPatientTumours(context, draft.id, db);
  const facts = readFacts(formOf(declaration, draft.kind ?? "INITIAL").facts, draft.formData);
  const hint = tumourHints(facts, tumours?.known ?? []).find((h) => h.other.id === input.otherId);
  if (!hint) return refuse("invalid");
  const data = {
    ruleId: hint.rule,
    outcome: hint.outcome,
    otherReference: hint.other.reference,
    choice: input.choice,
    comment,
    decidedById: context.person.id,
    decidedAt: now,
  };
  await db.$transaction(async (tx) => {
    await tx.tumourDecision.upsert({
      where: { registrationId_otherRegistrationId: { registrationId: draft.id, otherRegistrationId: hint.other.id } },
      create: { registrationId: draft.id, otherRegistrationId: hint.other.id, ...data },
      update: data,
    });
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.tumour_decision",
      moduleId: draft.moduleId,
      registrationId: draft.id,
      details: { rule: hint.rule, outcome: hint.outcome, choice: input.choice, other: hint.other.reference ?? "draft" },
    });
  });
  return ok({ ruleId: hint.rule });
}
