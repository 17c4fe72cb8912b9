import type { ReactNode } from "react";
import type { PatientField } from "@/lib/patients/patient-schema";
import type { Locale, Severity } from "@/lib/validation/types";
import { controlClass, Field, type FieldMessage } from "./form-controls";

/** What every part of the patient page needs to draw one of its fields: ids, label and messages. */
export interface PatientFieldKit {
  locale: Locale;
  label(field: PatientField): string;
  ids(field: PatientField): { id: string; hintId: string; messageId: string; severityLabels: Record<Severity, string> };
  /** The field's messages: the browser's own checks first, then the open issues of the last "Next". */
  messagesFor(field: PatientField, client?: FieldMessage[]): FieldMessage[];
}

export const fieldsetClass = "space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
export const legendClass = "px-1 text-lg font-semibold text-brand-900";
export const buttonSecondary =
  "rounded border border-brand-600 bg-white px-3 py-1.5 text-sm font-semibold text-brand-900 hover:bg-brand-50";

interface PatientTextFieldProps {
  kit: PatientFieldKit;
  field: PatientField;
  value: string;
  onChange(value: string): void;
  readOnly: boolean;
  maxLength: number;
  required?: boolean;
  hint?: ReactNode;
  describedBy?: readonly string[];
  /** Identifiers and codes: no spell check. */
  code?: boolean;
  className?: string;
}

/** A plain one-line field of the patient page: label, hint, input and its messages. */
export function PatientTextField({ kit, field, value, onChange, readOnly, maxLength, required, hint, describedBy, code = false, className }: PatientTextFieldProps) {
  return (
    <Field {...kit.ids(field)} label={kit.label(field)} required={required} hint={hint} describedBy={describedBy} messages={kit.messagesFor(field)} className={className}>
      {(aria) => (
        <input
          {...aria}
          type="text"
          name={field}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          readOnly={readOnly}
          maxLength={maxLength}
          autoComplete="off"
          spellCheck={code ? false : undefined}
          className={controlClass}
        />
      )}
    </Field>
  );
}
