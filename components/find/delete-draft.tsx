"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import type { DeleteDraftAction } from "./types";

interface DeleteDraftProps {
  id: string;
  version: number;
  /** Screen-reader context: which draft. */
  label: string;
  remove: DeleteDraftAction;
  onDeleted: () => void;
}

const summaryClass =
  "inline-flex cursor-pointer list-none items-center rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 [&::-webkit-details-marker]:hidden";

/**
 * F-FIND-3 delete, with a confirmation step: the question opens in place (a <details>, keyboard
 * operable without scripts), and only "Yes, delete" calls the server. A refusal (someone saved
 * in between, already sent…) is shown in the row and announced.
 */
export function DeleteDraft({ id, version, label, remove, onDeleted }: DeleteDraftProps) {
  const t = useTranslations("find.delete");
  const tActions = useTranslations("find.actions");
  const tRegistration = useTranslations("registration");
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const questionId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      let result: Awaited<ReturnType<DeleteDraftAction>>;
      try {
        result = await remove({ id, version });
      } catch {
        result = { ok: false, code: "failed" };
      }
      if (result.ok) {
        onDeleted();
        return;
      }
      setError(result.code === "failed" ? t("failed") : `${t("failed")} ${tRegistration(`refusal.${result.code}`)}`);
    });

  const cancel = () => {
    if (details.current) details.current.open = false;
    setError(null);
    summary.current?.focus();
  };

  return (
    <details ref={details} className="group">
      <summary ref={summary} className={summaryClass}>
        {tActions("delete")}
        <span className="sr-only">: {label}</span>
      </summary>
      <div role="group" aria-labelledby={questionId} className="mt-2 w-64 space-y-2 rounded border border-red-600 bg-red-50 p-3 text-sm text-red-900">
        <p id={questionId} className="font-semibold">
          {t("question")}
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={confirm}
            disabled={pending}
            className="rounded bg-red-700 px-3 py-1.5 font-semibold text-white hover:bg-red-800 disabled:opacity-50"
          >
            {pending ? t("deleting") : t("confirm")}
          </button>
          <button type="button" onClick={cancel} disabled={pending} className="rounded border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
            {t("cancel")}
          </button>
        </div>
        {error && (
          <p role="alert" className="font-semibold text-red-800">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
