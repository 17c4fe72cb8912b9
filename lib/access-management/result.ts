import { type FieldErrors } from "@/lib/validation/field-errors";

/**
 * Why an access-management use case refused. Each code is also the catalogue key
 * `accessManagement.errors.<code>` the UI shows.
 */
export type AccessManagementError =
  /** The caller is not the access manager of a hospital (signed out, other function …). */
  | "forbidden"
  /** The id does not name a membership or link of the caller's hospital. */
  | "notFound"
  /** The input does not pass the schema; see fieldErrors. */
  | "invalidInput"
  /** The person already has this function in this hospital. */
  | "membershipExists"
  | "membershipExistsInactive"
  | "linkExists"
  /** An access manager cannot deactivate their own access-manager membership. */
  | "selfLockOut"
  /** Nor grant, reactivate or link their own memberships: another access manager does that. */
  | "ownAccess"
  /** Links need both memberships active. */
  | "membershipInactive"
  | "notAdministrative"
  | "notSpecialist"
  /** A concurrent change won (unique constraint): reload and try again. */
  | "conflict";

export type AccessManagementResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: AccessManagementError; fieldErrors?: FieldErrors };

export function refused(error: AccessManagementError, fieldErrors?: FieldErrors): { ok: false; error: AccessManagementError; fieldErrors?: FieldErrors } {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}
