import type { FieldErrors } from "@/lib/validation/field-errors";

/**
 * Why a person-list use case refused. Each code is also the catalogue key
 * `personLists.errors.<code>` the UI shows.
 */
export type PersonListError =
  /** Signed out, not a member of a hospital, or a function that may not do this. */
  | "forbidden"
  /** No registered module declares this list. */
  | "unknownList"
  /** The id does not name an entry of the caller's hospital. */
  | "notFound"
  /** The input does not pass the schema; see fieldErrors. */
  | "invalidInput"
  /** Another entry of the list already has this RIZIV/INAMI number. */
  | "duplicateRiziv";

export type PersonListResult<T> = { ok: true; data: T } | { ok: false; error: PersonListError; fieldErrors?: FieldErrors };

export function refused(error: PersonListError, fieldErrors?: FieldErrors): { ok: false; error: PersonListError; fieldErrors?: FieldErrors } {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}
