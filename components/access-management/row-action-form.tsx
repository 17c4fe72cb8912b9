"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/access-management/action-result";
import type { FormAction } from "./use-form-action";

interface RowActionFormProps {
  action: FormAction;
  /** Hidden inputs naming what to change. */
  fields: Record<string, string>;
  /** Visible button text and its full accessible name (which person, which function). */
  label: string;
  accessibleLabel: string;
  tone?: "danger" | "neutral";
}

/** One button changing one row (deactivate, reactivate, remove a link); a refusal shows beside it. */
export function RowActionForm({ action, fields, label, accessibleLabel, tone = "neutral" }: RowActionFormProps) {
  const t = useTranslations("accessManagement");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const error = state && !state.ok ? (state.formError ?? "errors.invalidInput") : null;
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={accessibleLabel}
        className={
          "rounded border px-2 py-0.5 text-sm font-medium disabled:opacity-60 " +
          (tone === "danger" ? "border-red-300 text-red-800 hover:bg-red-50" : "border-slate-300 text-slate-800 hover:bg-slate-100")
        }
      >
        {label}
      </button>
      {error && (
        <span role="alert" className="text-sm font-medium text-red-700">{t(error)}</span>
      )}
    </form>
  );
}
