import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { dropUnreferencedAttachments } from "@/lib/attachments/copy-attachments";
import { hasFileFields, referencedFiles } from "@/lib/attachments/file-field";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { formOf, getModule } from "@/lib/modules/registry";
import { offerProjects } from "@/lib/projects/offer-projects";
import { explainMissedUpdate } from "./explain-missed-update";
import { loadRegistration } from "./load-registration";
import { nextReference } from "./next-reference";
import { ok, refuse, type Result } from "./result";
import { unconfirmedWarnings, validateRegistration } from "./validate-registration";

export interface WarningConfirmationInput {
  ruleId: string;
  fieldPath: string;
  comment: string;
}

export interface SendInput {
  id: string;
  version: number;
  confirmations: WarningConfirmationInput[];
}

export interface Sent {
  reference: string;
  sentAt: Date;
  /** True when it had been sent before (double click, retry, second tab): nothing changed. */
  alreadySent: boolean;
}

/**
 * Sends a draft: no errors, every warning confirmed with a comment (F-REG-4). In one
 * transaction it takes the next reference, stores the confirmations and marks it sent; the
 * update is conditional on the draft's version and status, so a registration is sent once
 * (F-REG-8) and entirely or not at all.
 */
export async function sendRegistration(
  context: SessionContext | null,
  input: SendInput,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Result<Sent>> {
  if (!context) return refuse("not_found");
  const alreadySent = await findSent(context, input.id, db);
  if (alreadySent) return ok(alreadySent);
  const draft = await loadRegistration(context, input.id, "send", db);
  if (!draft) {
    // Sent by a simultaneous request between the two reads: the same idempotent answer.
    const sentMeanwhile = await findSent(context, input.id, db);
    return sentMeanwhile ? ok(sentMeanwhile) : refuse("not_found");
  }
  if (draft.version !== input.version) return refuse("stale");

  const outcome = validateRegistration(draft, { today: now, sendDate: now });
  if (outcome.errorCount > 0) return refuse("invalid", { issues: outcome.issues, source: draft });
  const missing = unconfirmedWarnings(outcome.issues, input.confirmations);
  if (missing.length > 0) return refuse("unconfirmed_warnings", { issues: missing, source: draft });

  const where = registrationWhere(context, "send");
  const declaration = getModule(draft.moduleId);
  if (!where || !declaration) return refuse("not_found");
  const reference = await db.$transaction(async (tx) => {
    const ref = await nextReference(tx, declaration, now);
    const { count } = await tx.registration.updateMany({
      where: { AND: [where, { id: draft.id, version: input.version, status: "DRAFT" }] },
      data: {
        status: "SENT",
        reference: ref,
        sentAt: now,
        sentById: context.person.id,
        validationStatus: outcome.status,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new LostRace();
    // What is sent keeps exactly the files its content refers to (one uploaded and then removed in an unsaved edit goes).
    const form = formOf(declaration, draft.kind ?? "INITIAL").form;
    if (hasFileFields(form)) await dropUnreferencedAttachments(tx, draft.id, referencedFiles(form, draft.formData).map((file) => file.id));
    // Projects the registration activates are offered to its hospital (manual §6.1.1).
    const projects = await offerProjects(tx, {
      id: draft.id,
      moduleId: draft.moduleId,
      kind: draft.kind ?? "INITIAL",
      organisationId: draft.organisation.id,
      formData: draft.formData,
    });
    const warnings = outcome.issues.filter((issue) => issue.severity === "warning");
    await tx.warningConfirmation.deleteMany({ where: { registrationId: draft.id } });
    for (const warning of warnings) {
      const confirmation = input.confirmations.find((c) => c.ruleId === warning.ruleId && c.fieldPath === warning.path);
      await tx.warningConfirmation.create({
        data: {
          registrationId: draft.id,
          ruleId: warning.ruleId,
          ruleVersion: warning.ruleVersion,
          fieldPath: warning.path,
          comment: confirmation?.comment.trim() ?? "",
          confirmedById: context.person.id,
          confirmedAt: now,
        },
      });
    }
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.send",
      moduleId: draft.moduleId,
      registrationId: draft.id,
      details: { reference: ref, warningsConfirmed: warnings.map((w) => w.ruleId), ...(projects.length > 0 ? { projectsOffered: projects } : {}) },
    });
    return ref;
  }).catch((error: unknown) => {
    if (error instanceof LostRace) return null;
    throw error;
  });

  if (reference) return ok({ reference, sentAt: now, alreadySent: false });
  // Someone else sent or saved it in between: idempotent answer if it is sent now.
  const sentMeanwhile = await findSent(context, input.id, db);
  return sentMeanwhile ? ok(sentMeanwhile) : explainMissedUpdate(context, input.id, input.version, db);
}

class LostRace extends Error {}

async function findSent(context: SessionContext, id: string, db: Db): Promise<Sent | null> {
  const visible = registrationWhere(context, "view");
  if (!visible) return null;
  const row = await db.registration.findFirst({
    where: { AND: [visible, { id, status: "SENT" }] },
    select: { reference: true, sentAt: true },
  });
  return row?.reference && row.sentAt ? { reference: row.reference, sentAt: row.sentAt, alreadySent: true } : null;
}
