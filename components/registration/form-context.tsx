"use client";

import { createContext, useContext } from "react";
import { get, useFormContext, useFormState, useWatch, type FieldError, type FieldValues } from "react-hook-form";
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import type { FormDefinition } from "@/lib/modules/types";
import type { Locale, ValidationIssue } from "@/lib/validation/types";
import type { PickerEntry, PickerLists } from "./types";

export type { PickerEntry, PickerLists };

/** A server validation issue with its message, numbered as in the summary at the top. */
export interface NumberedIssue {
  issue: ValidationIssue;
  message: string;
  number: number;
  /** Fixed elsewhere (the patient page): listed at the top, never at a field of this form. */
  href?: string;
}

export interface FormUi {
  form: FormDefinition;
  locale: Locale;
  pickerLists: PickerLists;
  /** The hospital's own lists (its campuses) that hospital-list fields offer. */
  hospitalLists: HospitalLists;
  issuesByPath: ReadonlyMap<string, readonly NumberedIssue[]>;
}

const FormUiContext = createContext<FormUi | null>(null);

export const FormUiProvider = FormUiContext.Provider;

export function useFormUi(): FormUi {
  const ui = useContext(FormUiContext);
  if (!ui) throw new Error("Registration form fields must be rendered inside RegistrationForm.");
  return ui;
}

const noIssues: readonly NumberedIssue[] = [];

export function useFieldIssues(path: string): readonly NumberedIssue[] {
  return useFormUi().issuesByPath.get(path) ?? noIssues;
}

/**
 * A value derived from the live form values (visibility, requirement, a computed dose). The
 * component re-renders only when the derived value changes, and the value is recomputed on every
 * render so that it follows the component's path when items are removed and renumbered.
 */
export function useDerived<T>(compute: (values: FieldValues) => T): T {
  const { control, getValues } = useFormContext();
  useWatch({ control, compute });
  return compute(getValues());
}

/** The format error of one field, if any. */
export function useFieldError(path: string): FieldError | undefined {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name: path, exact: true });
  const error: unknown = get(errors, path);
  return error && typeof error === "object" && "message" in error ? (error as FieldError) : undefined;
}
