import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { formOf, getModule } from "@/lib/modules/registry";
import { fieldErrorsOf } from "./create-registration";
import { loadRegistration } from "./load-registration";
import { ok, refuse, type Result } from "./result";
import type { ValidationIssue } from "@/lib/validation/types";
import type { IssueSource } from "./describe-registration-issue";
import { validateRegistration } from "./validate-registration";

export interface CheckDraftInput {
  id: string;
  /** The form content as typed, not saved yet. */
  formData: unknown;
}

/**
 * The server's findings on input the user is typing (the form keeps its error summary and field
 * messages current): the same validation as "Next" and sending, on the draft with this form
 * content. Nothing is written; only who may edit the draft may ask.
 */
export async function checkDraft(
  context: SessionContext | null,
  input: CheckDraftInput,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Result<{ issues: ValidationIssue[]; source: IssueSource }>> {
  if (!context) return refuse("not_found");
  const registration = await loadRegistration(context, input.id, "edit", db);
  const declaration = registration && getModule(registration.moduleId);
  if (!registration || !declaration) return refuse("not_found");
  if (registration.status !== "DRAFT") return refuse("already_sent");
  const parsed = formOf(declaration, registration.kind ?? "INITIAL").parseDraft(input.formData);
  if (!parsed.success) return refuse("invalid", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const outcome = validateRegistration({ ...registration, formData: parsed.data }, { today: now, sendDate: now });
  return ok({ issues: outcome.issues, source: { moduleId: registration.moduleId, kind: registration.kind } });
}
