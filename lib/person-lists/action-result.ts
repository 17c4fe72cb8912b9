/**
 * What the person-list server actions return. Every text is a key of the "personLists"
 * catalogue namespace; the UI translates it.
 */
import type { ActionResult } from "@/lib/access-management/action-result";
import type { FieldErrors } from "@/lib/validation/field-errors";
import type { PersonListEntry } from "./entry";
import type { PersonListError } from "./result";

export type { ActionResult, ActionState } from "@/lib/access-management/action-result";

/** A refused use case as form state: field problems stay with their fields. */
export function failedAction(error: PersonListError, fieldErrors?: FieldErrors): ActionResult & { ok: false } {
  if (error === "invalidInput" && fieldErrors) {
    const { _form: formErrors, ...fields } = fieldErrors;
    return { ok: false, fieldErrors: fields, formError: formErrors?.[0] ?? "errors.invalidInput" };
  }
  return { ok: false, formError: `errors.${error}`, ...(fieldErrors ? { fieldErrors } : {}) };
}

/** The answer to a search typed in a person field. */
export type SearchActionResult = { ok: true; entries: PersonListEntry[] } | { ok: false; formError: string };

/** The answer to a physician typed in a person field: the entry the registration copies. */
export type AddActionResult = { ok: true; entry: PersonListEntry; created: boolean } | (ActionResult & { ok: false });
