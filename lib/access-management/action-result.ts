/**
 * What the access-management server actions return to their forms. Every text is a key of the
 * "accessManagement" catalogue namespace; the form translates it.
 */
import type { AccessManagementError } from "./result";
import { type FieldErrors } from "@/lib/validation/field-errors";

export interface ActionNotice {
  key: string;
  values?: Record<string, string>;
}

export type ActionResult = { ok: true; notice?: ActionNotice } | { ok: false; fieldErrors?: FieldErrors; formError?: string };

/** Form state before the first submission. */
export type ActionState = ActionResult | null;

/** A refused use case as form state: field problems stay with their fields. */
export function failedAction(error: AccessManagementError, fieldErrors?: FieldErrors): ActionResult {
  if (error === "invalidInput" && fieldErrors) {
    const { _form: formErrors, ...fields } = fieldErrors;
    return { ok: false, fieldErrors: fields, formError: formErrors?.[0] ?? "errors.invalidInput" };
  }
  return { ok: false, formError: `errors.${error}` };
}
