/**
 * Contract between the patient identification page (a server component that owns the server
 * actions) and PatientIdentificationForm (the client component). Types only, so importing them
 * costs the browser bundle nothing.
 */

import type { IdentifiedPerson } from "@/lib/patients/identify-person";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import type { Locale, ValidationIssue } from "@/lib/validation/types";

export type PatientFormLocale = Locale;

/**
 * Registrations that already exist for the INSZ in the active module (F-PAT-3); null when there
 * are none or the caller may not know. `sentElsewhere` counts sent registrations of other
 * hospitals the user cannot open: they only appear in list 2 of the Sent tab (sentHref).
 */
export type ExistingRegistrations = {
  saved: number;
  sent: number;
  sentElsewhere: number;
  savedHref: string;
  sentHref: string;
  /** Start a new registration from a copy of the latest one the user may open (modules that allow copies). */
  copy?: { href: string; reference: string | null } | null;
} | null;

/** Answer of the `identify` server action (F-PAT-2). */
export type IdentifyResponse =
  | { status: "found"; person: IdentifiedPerson; existing: ExistingRegistrations }
  | { status: "unknown"; existing: ExistingRegistrations }
  | { status: "unavailable"; existing: ExistingRegistrations }
  /** No IdentifyPerson service configured in this installation: the fields are typed by hand. */
  | { status: "not_configured"; existing: ExistingRegistrations }
  /** Too many lookups this minute: the user may wait, or fill the fields in by hand. */
  | { status: "rate_limited"; retryAfterSeconds: number; existing: null }
  /** The server refused the number; `reason` is an InszFailureReason when it is one. */
  | { status: "invalid"; reason: string };

/** What `submit` receives: the patient block plus whether IdentifyPerson filled it. */
export type PatientSubmission = TPatientIdentification & { identifiedByService: boolean };

/** One issue as the server reports it, with its text already in the user's language. */
export interface PatientIssueMessage {
  issue: ValidationIssue;
  message: string;
}

/** `void` means success: the action navigated to the registration form. */
export type PatientSubmitResult = { ok: false; issues: PatientIssueMessage[]; formError?: string } | void;

export interface PatientIdentificationFormProps {
  locale: PatientFormLocale;
  /** Name of the active registration module, used in the existing-registrations notice. */
  moduleName: string;
  defaultValues: TPatientIdentification;
  /** Server action: look up an INSZ at IdentifyPerson (server-side), plus the existing-registrations notice. */
  identify(insz: string): Promise<IdentifyResponse>;
  /** Server action: save the patient block and continue to the form. Returns issues (errors block, PAT-W01 warning needs the comment) or navigates on success. */
  submit(data: PatientSubmission): Promise<PatientSubmitResult>;
  /**
   * Shows the data without letting it change: inputs are read-only, no lookup runs. "Next" still
   * calls `submit`, whose action decides what continuing means (e.g. open the read-only form).
   */
  readOnly?: boolean;
}
