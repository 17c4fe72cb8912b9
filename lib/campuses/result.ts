import type { FieldErrors } from "@/lib/validation/field-errors";

/** Why a campus use case refused. Each code is also the catalogue key `campuses.errors.<code>`. */
export type CampusError =
  /** Signed out, not of a hospital, or a function that may not do this. */
  | "forbidden"
  /** The id does not name a campus of the caller's hospital. */
  | "notFound"
  /** The input does not pass the schema; see fieldErrors. */
  | "invalidInput"
  /** The hospital's list already has this site number (active or not). */
  | "duplicateSiteNumber";

export type CampusResult<T> = { ok: true; data: T } | { ok: false; error: CampusError; fieldErrors?: FieldErrors };

export function refused(error: CampusError, fieldErrors?: FieldErrors): { ok: false; error: CampusError; fieldErrors?: FieldErrors } {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}
