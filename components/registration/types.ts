/**
 * Public types of the registration form components. Plain data and promises only, so a server
 * component can pass everything as props (server actions for onSave and onNext).
 */
import type { ReactNode } from "react";
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import type { FormDefinition } from "@/lib/modules/types";
import type { Locale, ValidationIssue } from "@/lib/validation/types";

/** One entry of an ICD-O-3 picker list (lib/icdo3/picker.ts getPickerList). */
export interface PickerEntry {
  code: string;
  label: string;
  /** Topography only: the site group label, searched too ("stomach" finds C16.0). */
  group?: string;
  /** Search synonyms in several languages ("long poumon lung"). */
  terms?: string;
  /** The English reference label when the label is a translation (searched with a lower rank). */
  reference?: string;
}

export interface PickerLists {
  topography: readonly PickerEntry[];
  morphology: readonly PickerEntry[];
}

/** A server validation issue and its message, rendered by the server with describeIssue. */
export interface RegistrationIssue {
  issue: ValidationIssue;
  message: string;
  /** Where to fix it when not on this form (the patient page); absent: the field of this form. */
  href?: string;
}

export type SaveResult = { ok: true; version: number; savedAt: string } | { ok: false; message: string };

export type NextResult = void | { ok: false; message: string };

/** Passed with every save: the version the input was typed on (refuse if stale, F-REG-7). */
export interface SaveContext {
  /** The saved version the form holds (from `version`, then from each successful save); null if never saved. */
  version: number | null;
  /** True for the automatic save (every `autosaveSeconds`). */
  auto: boolean;
}

export interface RegistrationFormProps {
  /** The module's form metadata (plain data). */
  form: FormDefinition;
  /** The draft content to start from (the saved draft, or the module's emptyDraft()). */
  defaultValues: unknown;
  locale: Locale;
  /** Outcome of the last server validation, shown at the top and at each field. */
  issues?: readonly RegistrationIssue[];
  pickerLists: PickerLists;
  /** The hospital's own lists (its campuses) that hospital-list fields offer and name. */
  hospitalLists?: HospitalLists;
  /** Saves the draft as it is, however incomplete (F-REG-1). Values are compacted: blanks dropped. */
  onSave(data: Record<string, unknown>, context: SaveContext): Promise<SaveResult>;
  /**
   * The server's findings on the values as typed, asked while findings are shown so that they
   * follow the user's corrections; null when the values cannot be checked yet (keep the last).
   */
  onCheck?(data: Record<string, unknown>): Promise<readonly RegistrationIssue[] | null>;
  /** Validates on the server and goes to the summary (F-REG-2); returns a message when it cannot. */
  onNext(data: Record<string, unknown>, context: SaveContext): Promise<NextResult>;
  /** Seconds between automatic saves while there are unsaved changes; 0 turns it off. Default 30. */
  autosaveSeconds?: number;
  /** localStorage key of unsaved input, per user and registration (e.g. "wbcr:draft:<user>:<registration id>"). */
  storageKey: string;
  /** Shows the values without inputs (sent registrations). */
  readOnly?: boolean;
  /** Saved version of `defaultValues` (null or absent: never saved). */
  version?: number | null;
  /** When `defaultValues` were saved (ISO), to tell whether input kept in the browser is newer. */
  savedAt?: string | null;
  /**
   * A slot inside the form, just before its actions, within the form's context: a component
   * there may read the values as typed (react-hook-form's useWatch), e.g. hints about them.
   */
  children?: ReactNode;
}
