/** What every registration use case returns: data, or an expected refusal the UI can explain. */
import type { ValidationIssue } from "@/lib/validation/types";
import type { IssueSource } from "./describe-registration-issue";

export type RefusalCode =
  /** Does not exist, or the user may not see it: the same answer, so nothing leaks. */
  | "not_found"
  /** The user's profile may not do this (module or function). */
  | "forbidden"
  /** Someone saved in between: the version the user started from is outdated (F-REG-7). */
  | "stale"
  /** Sent registrations are immutable (F-REG-5). */
  | "already_sent"
  /** Content of the wrong shape, or errors that block sending. */
  | "invalid"
  /** Warnings without a confirming comment. */
  | "unconfirmed_warnings"
  /** No valid session any more (signed out in another tab, expired, revoked): sign in again. */
  | "session_ended"
  /** A copy's content belongs to the registration of another patient than the one identified. */
  | "copy_other_patient";

export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; code: RefusalCode; issues?: ValidationIssue[]; source?: IssueSource; fieldErrors?: Record<string, string[]> };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const refuse = <T = never>(
  code: RefusalCode,
  /** `source`: the registration's module and kind, whose form owns the issues not about the patient. */
  extra: { issues?: ValidationIssue[]; source?: IssueSource; fieldErrors?: Record<string, string[]> } = {},
): Result<T> => ({ ok: false, code, ...extra });
