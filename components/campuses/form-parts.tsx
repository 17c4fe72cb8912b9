"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/access-management/action-result";

export const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";
export const primaryButton = "rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton = "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-60";

/** The outcome of a submission as a whole: an error or a confirmation, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  const t = useTranslations("campuses");
  if (!state) return null;
  if (!state.ok) return state.formError ? <Notice tone="error">{t(state.formError)}</Notice> : null;
  return state.notice ? <Notice tone="success">{t(state.notice.key, state.notice.values)}</Notice> : null;
}

const errorsOf = (state: ActionState, name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);

/** One labelled input with its hint and translated errors. */
export function CampusInput({
  id,
  name,
  state,
  defaultValue = "",
  hint,
  numeric = false,
}: {
  id: string;
  name: "siteNumber" | "name";
  state: ActionState;
  defaultValue?: string;
  hint?: string;
  numeric?: boolean;
}) {
  const t = useTranslations("campuses");
  const errors = errorsOf(state, name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {t(`fields.${name}`)}
      </label>
      <input
        id={id}
        name={name}
        defaultValue={defaultValue}
        required
        autoComplete="off"
        spellCheck={false}
        inputMode={numeric ? "numeric" : undefined}
        maxLength={numeric ? 6 : 100}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`${inputClass}${numeric ? " font-mono" : ""}`}
      />
      {hint && (
        <p id={hintId} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors && (
        <p id={errorId} className="mt-0.5 text-sm font-medium text-red-700">
          {errors.map((key) => t(key)).join(" ")}
        </p>
      )}
    </div>
  );
}
