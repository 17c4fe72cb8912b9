"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type FocusEvent, type InputHTMLAttributes, type Ref } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { datePatterns, formatDateText, FULL_DATE_ONLY, parseDateText, type DatePrecision, type DateProblem } from "./date-text";

/** The message of a date problem, in the user's language (the control's own and the form validators'). */
export function useDateProblemMessage(allow: readonly DatePrecision[] = FULL_DATE_ONLY) {
  const t = useTranslations("dateInput");
  const locale = useLocale() as Locale;
  const formats = datePatterns(locale, allow).join(` ${t("or")} `);
  return (problem: DateProblem) => t(`problem.${problem}`, { formats });
}

export interface DateInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "defaultValue" | "onChange" | "type" | "ref"> {
  id: string;
  /** The stored value: ISO yyyy-mm-dd (or yyyy-mm, yyyy where allowed); "" when empty. */
  value: string;
  /**
   * Called on every keystroke with the stored value ("" when empty), or with the text as typed
   * when it is not a date (yet), so a form's validator refuses it; `problem` says why.
   */
  onValueChange: (value: string, problem: DateProblem | null) => void;
  allow?: readonly DatePrecision[];
  /** Shows the problem of the typed text itself after leaving the field (off when a form shows it). */
  reportProblems?: boolean;
  /** Ids of the caller's help and messages, after the control's own hint. */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Extra classes of the input (width and border come with it). */
  inputClassName?: string;
  /** In a plain HTML form: the name under which the stored value (ISO) is submitted. */
  name?: string;
}

/**
 * The one date control of the app: one text box, one tab stop, typed day first in the user's
 * language (20-09-2026, 20/9/2026, 20.09.2026 or 20092026; ISO is understood too), impossible
 * dates refused with a translated message, partial dates only where `allow` says. The value it
 * hands on is always ISO. A native date input was dropped: it follows the browser's language
 * (mm/dd/yyyy in a nl-BE session), has several tab stops and silently reads 2026-09-20 as 0920.
 */
export function DateInput({
  id,
  value,
  onValueChange,
  allow = FULL_DATE_ONLY,
  reportProblems = true,
  describedBy,
  inputRef,
  inputClassName = "",
  onBlur,
  name,
  ...rest
}: DateInputProps) {
  const t = useTranslations("dateInput");
  const locale = useLocale() as Locale;
  const problemMessage = useDateProblemMessage(allow);
  const [text, setText] = useState(() => formatDateText(value, locale));
  const [left, setLeft] = useState(false);
  // A value set from outside (a reset, a restore) replaces what is shown.
  const [shownValue, setShownValue] = useState(value);
  const current = parseDateText(text, allow);
  const currentValue = current.ok ? current.iso : text;
  if (value !== shownValue) {
    setShownValue(value);
    if (value !== currentValue) setText(formatDateText(value, locale));
  }
  const problem = current.ok ? null : current.problem;
  const showProblem = reportProblems && left && problem !== null;
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const patterns = datePatterns(locale, allow);
  const example = formatDateText(allow.includes("day") ? "2026-09-20" : allow.includes("month") ? "2026-09" : "2026", locale);

  const blur = (event: FocusEvent<HTMLInputElement>) => {
    setLeft(true);
    // A date understood is shown in the one writing: "20/9/2026" becomes "20-09-2026".
    if (current.ok && current.iso !== "") setText(formatDateText(current.iso, locale));
    onBlur?.(event);
  };

  return (
    <>
      {name !== undefined && <input type="hidden" name={name} value={currentValue} />}
      <span id={hintId} className="mb-1 block text-xs text-slate-600">
        {t("hint", { formats: patterns.join(` ${t("or")} `), example })}
      </span>
      <input
        {...rest}
        ref={inputRef}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={patterns[0]}
        aria-describedby={[hintId, describedBy, showProblem ? problemId : undefined].filter(Boolean).join(" ")}
        aria-invalid={rest["aria-invalid"] ?? (showProblem || undefined)}
        data-date-problem={problem ?? undefined}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          const parsed = parseDateText(typed, allow);
          const next = parsed.ok ? parsed.iso : typed;
          setShownValue(next);
          onValueChange(next, parsed.ok ? null : parsed.problem);
        }}
        onBlur={blur}
        className={`rounded border bg-white px-2.5 py-1.5 tabular-nums shadow-xs placeholder:text-slate-400 focus:border-brand-600 ${
          showProblem ? "border-red-600" : "border-slate-400"
        } w-36 ${inputClassName}`}
      />
      {showProblem && (
        <span id={problemId} className="mt-1 block text-sm font-medium text-red-700">
          <span aria-hidden="true">✖ </span>
          {problemMessage(problem)}
        </span>
      )}
    </>
  );
}
