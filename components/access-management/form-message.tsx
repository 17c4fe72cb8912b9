"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/access-management/action-result";

/** The outcome of a submission as a whole: an error or a confirmation, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  const t = useTranslations("accessManagement");
  if (!state) return null;
  if (!state.ok) return state.formError ? <Notice tone="error">{t(state.formError)}</Notice> : null;
  return state.notice ? <Notice tone="success">{t(state.notice.key, state.notice.values)}</Notice> : null;
}

/** The errors of one field; `id` is what the field's aria-describedby points at. */
export function FieldErrorText({ id, errors }: { id: string; errors: string[] | undefined }) {
  const t = useTranslations("accessManagement");
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.map((key) => t(key)).join(" ")}
    </p>
  );
}

export function fieldErrors(state: ActionState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

/** aria-describedby of a field: its hint and, when present, its errors. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length ? list.join(" ") : undefined;
}
