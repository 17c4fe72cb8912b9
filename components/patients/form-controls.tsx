/**
 * Small presentational pieces of the patient form: a labelled field with hint and inline
 * messages, and a radio group in a fieldset. No state and no hooks: the form owns everything.
 */

import type { ReactNode } from "react";
import type { Severity } from "@/lib/validation/types";

export interface FieldMessage {
  severity: Severity;
  text: string;
}

/** Shared look of selects; red border when invalid, grey when disabled. */
export const selectClass =
  "block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm " +
  "focus:border-brand-600 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-700 " +
  "aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600";

/**
 * Text inputs and textareas: also grey when read-only. Kept apart from selects because CSS
 * `:read-only` matches every select.
 */
export const controlClass = `${selectClass} read-only:bg-slate-100 read-only:text-slate-700`;

const messageClass: Record<Severity, string> = {
  error: "text-red-700",
  warning: "text-amber-800",
  information: "text-sky-900",
};

/** Visual asterisk; screen readers get aria-required on the control instead. */
export function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-0.5 text-red-700">
      *
    </span>
  );
}

/** Inline messages under a control, with a severity word for people who cannot see colour. */
export function FieldMessages({
  id,
  messages,
  severityLabels,
}: {
  id: string;
  messages: readonly FieldMessage[];
  severityLabels: Record<Severity, string>;
}) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="space-y-1">
      {messages.map((message, index) => (
        <p key={index} className={`text-sm font-medium ${messageClass[message.severity]}`}>
          <span className="font-semibold">{severityLabels[message.severity]}:</span> {message.text}
        </p>
      ))}
    </div>
  );
}

/** ARIA attributes a control receives from its Field. */
export interface ControlAria {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  hintId: string;
  /** Ids of other texts describing the control (e.g. the register note). */
  describedBy?: readonly string[];
  messages: readonly FieldMessage[];
  messageId: string;
  severityLabels: Record<Severity, string>;
  /** Extra line under the control (e.g. "taken from the INSZ"). */
  note?: ReactNode;
  noteId?: string;
  className?: string;
  children(aria: ControlAria): ReactNode;
}

/** Label, hint, control and inline messages, wired together with aria-describedby. */
export function Field({
  id,
  label,
  required,
  hint,
  hintId,
  describedBy = [],
  messages,
  messageId,
  severityLabels,
  note,
  noteId,
  className,
  children,
}: FieldProps) {
  const described = [
    ...(hint ? [hintId] : []),
    ...describedBy,
    ...(note && noteId ? [noteId] : []),
    ...(messages.length > 0 ? [messageId] : []),
  ];
  const aria: ControlAria = { id };
  if (described.length > 0) aria["aria-describedby"] = described.join(" ");
  if (messages.some((message) => message.severity === "error")) aria["aria-invalid"] = true;
  if (required) aria["aria-required"] = true;
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children(aria)}
      {note && (
        <p id={noteId} className="text-sm text-brand-900">
          {note}
        </p>
      )}
      <FieldMessages id={messageId} messages={messages} severityLabels={severityLabels} />
    </div>
  );
}

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface RadioGroupProps {
  /** Id of the first radio, the target of error-summary links. */
  id: string;
  name: string;
  legend: ReactNode;
  required?: boolean;
  options: readonly RadioOption[];
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  hint?: ReactNode;
  hintId: string;
  messages: readonly FieldMessage[];
  messageId: string;
  severityLabels: Record<Severity, string>;
  /** Options side by side (short labels such as M/F) rather than stacked cards. */
  inline?: boolean;
  note?: ReactNode;
  noteId?: string;
}

/**
 * A fieldset of radios (role radiogroup, so required and invalid can be announced); arrow keys
 * move between options as browsers do natively.
 */
export function RadioGroup({
  id,
  name,
  legend,
  required,
  options,
  value,
  onChange,
  disabled,
  hint,
  hintId,
  messages,
  messageId,
  severityLabels,
  inline,
  note,
  noteId,
}: RadioGroupProps) {
  const described = [...(hint ? [hintId] : []), ...(note && noteId ? [noteId] : []), ...(messages.length > 0 ? [messageId] : [])];
  const invalid = messages.some((message) => message.severity === "error");
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={described.length > 0 ? described.join(" ") : undefined}
      aria-required={required || undefined}
      aria-invalid={invalid || undefined}
      className="space-y-2"
    >
      <legend id={`${id}-legend`} className="mb-1 font-medium text-slate-900">
        {legend}
        {required && <RequiredMark />}
      </legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className={inline ? "flex flex-wrap gap-3" : "space-y-2"}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const optionHintId = `${optionId}-hint`;
          return (
            <label
              key={option.value}
              htmlFor={optionId}
              className={
                "flex items-start gap-3 rounded border bg-white px-3 py-2 " +
                (disabled ? "cursor-not-allowed border-slate-200 text-slate-700 " : "cursor-pointer border-slate-300 hover:border-brand-600 ") +
                "has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 " +
                (invalid ? "border-red-600" : "")
              }
            >
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                disabled={disabled}
                aria-describedby={option.hint ? optionHintId : undefined}
                className="mt-1 h-4 w-4 accent-brand-600"
              />
              <span>
                <span className="block font-medium">{option.label}</span>
                {option.hint && (
                  <span id={optionHintId} className="block text-sm text-slate-600">
                    {option.hint}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {note && (
        <p id={noteId} className="text-sm text-brand-900">
          {note}
        </p>
      )}
      <FieldMessages id={messageId} messages={messages} severityLabels={severityLabels} />
    </fieldset>
  );
}
