"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/person-lists/action-result";

const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

/** The outcome of a submission as a whole: an error or a confirmation, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  const t = useTranslations("personLists");
  if (!state) return null;
  if (!state.ok) return state.formError ? <Notice tone="error">{t(state.formError)}</Notice> : null;
  return state.notice ? <Notice tone="success">{t(state.notice.key, state.notice.values)}</Notice> : null;
}

const fieldErrors = (state: ActionState, name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);

export interface PersonDefaults {
  lastName?: string;
  firstName?: string;
  riziv?: string;
}

/** Last name, first name and RIZIV/INAMI number, each with its label, hint and translated errors. */
export function PersonInputs({ state, defaults = {} }: { state: ActionState; defaults?: PersonDefaults }) {
  const t = useTranslations("personLists");
  const id = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {(["lastName", "firstName", "riziv"] as const).map((name) => {
        const errors = fieldErrors(state, name);
        const inputId = `${id}-${name}`;
        const hintId = name === "riziv" ? `${inputId}-hint` : undefined;
        const errorId = errors ? `${inputId}-error` : undefined;
        return (
          <div key={name}>
            <label htmlFor={inputId} className="block text-sm font-medium">
              {t(`fields.${name}`)}
            </label>
            <input
              id={inputId}
              name={name}
              defaultValue={defaults[name] ?? ""}
              required
              autoComplete="off"
              spellCheck={false}
              inputMode={name === "riziv" ? "numeric" : undefined}
              maxLength={name === "riziv" ? 20 : 100}
              aria-invalid={errors ? true : undefined}
              aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
              className={`${inputClass}${name === "riziv" ? " font-mono" : ""}`}
            />
            {hintId && (
              <p id={hintId} className="mt-0.5 text-xs text-slate-600">
                {t("fields.rizivHint")}
              </p>
            )}
            {errors && (
              <p id={errorId} className="mt-0.5 text-sm font-medium text-red-700">
                {errors.map((key) => t(key)).join(" ")}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

export const primaryButton = "rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton = "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-60";
export const dangerButton = "rounded border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60";
