/**
 * A registration as the user may see it: what the summary page, the PDF and the exports read.
 * Built by lib/registrations/get-registration.ts after the access check; never a raw row.
 */
import type { CorrectedBy } from "./corrected-by";
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import type { ExportAudience, RegistrationKind } from "@/lib/modules/types";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import type { ValidationIssue } from "@/lib/validation/types";
import type { TumourDecisionView } from "./tumour-hints";

export type RegistrationStatus = "DRAFT" | "SENT";
export type ValidationStatus = "NOT_VALIDATED" | "INVALID" | "VALID" | "VALID_WITH_WARNINGS";

export interface WarningConfirmationView {
  ruleId: string;
  ruleVersion: number;
  fieldPath: string;
  comment: string;
  confirmedByName: string;
  confirmedAt: Date;
}

/** The sent registration a follow-up follows. */
export interface OriginalView {
  id: string;
  reference: string | null;
  sentAt: Date | null;
  formData: unknown;
}

/** A registration linked to this one (project ↔ the standard registration it came from). */
export interface LinkedRegistration {
  id: string;
  moduleId: string;
  reference: string | null;
  status: RegistrationStatus;
}

export interface RegistrationView {
  id: string;
  moduleId: string;
  /** Absent: an initial registration. */
  kind?: RegistrationKind;
  /** For a follow-up: the registration it follows (null when that one was removed since). */
  followUpOf?: OriginalView | null;
  status: RegistrationStatus;
  validationStatus: ValidationStatus;
  /** Optimistic-locking version the next save must name. */
  version: number;
  /** WBCR reference, once sent. */
  reference: string | null;
  /** Reference of the sent registration this one corrects. */
  correctionOfReference: string | null;
  /** Sent: the sent correction that replaces it (filled when opened for viewing or printing). */
  correctedBy?: CorrectedBy | null;
  /** The registration whose content this one started from (reference null: a draft); null when not a copy or when that one was removed. */
  copiedFrom?: { id: string; reference: string | null } | null;
  /** A project registration started from a sent standard registration: that one (absent when removed since). */
  sourceRegistration?: LinkedRegistration;
  /** A standard registration: the project registrations started from it (those of its hospital). */
  projectRegistrations?: LinkedRegistration[];
  /** Fields filled from the source registration, path → value (the form marks them while unchanged). */
  prefilledFields?: Record<string, string>;
  organisation: { id: string; name: string };
  /** The hospital's own lists (its campuses, active and not), which hospital-list fields name and are checked against. */
  hospitalLists: HospitalLists;
  responsiblePhysician: { membershipId: string; name: string };
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
  sentByName: string | null;
  /** The identification page's fields, decrypted. */
  patient: TPatientIdentification;
  /** The patient's identity came from IdentifyPerson rather than typed by hand. */
  identifiedByService: boolean;
  /** The module's form data (its draft schema's shape), cut to `audience`. */
  formData: unknown;
  /** Who reads it (lib/access/policy.ts readerAudience): "registry" views lack the fields never sent; absent = "hospital". */
  audience?: ExportAudience;
  confirmations: WarningConfirmationView[];
  /** Decisions on "may already be registered" hints (tumour-hints.ts); absent where not loaded. */
  tumourDecisions?: TumourDecisionView[];
}

/** What a PDF or summary shows besides the registration: the validation outcome and who prints. */
export interface RegistrationOutcome {
  issues: ValidationIssue[];
}
