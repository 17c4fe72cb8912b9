"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { sessionEndingEvent } from "@/components/auth/inactivity-warning";
import { leaveForLogin, SESSION_ENDED } from "@/components/auth/session-ended";
import { Notice } from "@/components/ui/notice";

export interface WarningToConfirm {
  ruleId: string;
  path: string;
  message: string;
  /** Number shown in the summary's issue list. */
  number: number;
}

interface SendPanelProps {
  registrationId: string;
  version: number;
  warnings: WarningToConfirm[];
  send: (input: unknown, print: boolean) => Promise<{ ok: false; code: string; issues?: { message: string }[] } | { ok: true } | void>;
  /** "Save" (manual §5.1): keeps the comments typed so far with the draft, to send later. */
  save: (input: unknown) => Promise<{ ok: false; code: string } | { ok: true } | void>;
}

/** Comments typed when the session ended wait here (this tab only) until the page is back. */
const keptCommentsKey = (registrationId: string) => `wbcr:confirmations:${registrationId}`;

/**
 * Warning confirmations and the send buttons (F-REG-4): sending is offered only when there are
 * no errors (the page does not render this panel otherwise) and every warning has a comment.
 * "Send" is the page's one primary action; "Send and print" is secondary.
 */
export function SendPanel({ registrationId, version, warnings, send, save }: SendPanelProps) {
  const t = useTranslations("registration");
  const [comments, setComments] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const key = (w: WarningToConfirm) => `${w.ruleId}@${w.path}`;
  useEffect(() => {
    const key = keptCommentsKey(registrationId);
    const kept = sessionStorage.getItem(key);
    if (kept) {
      sessionStorage.removeItem(key);
      try {
        // Restoring what this tab put aside before the login is the point of reading it here.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setComments(JSON.parse(kept) as Record<string, string>);
      } catch {
        // Unreadable: nothing to restore.
      }
    }
  }, [registrationId]);

  useEffect(() => {
    const keep = () => {
      if (Object.values(comments).some((c) => c.trim())) sessionStorage.setItem(keptCommentsKey(registrationId), JSON.stringify(comments));
    };
    window.addEventListener(sessionEndingEvent, keep);
    return () => window.removeEventListener(sessionEndingEvent, keep);
  }, [comments, registrationId]);

  const allConfirmed = warnings.every((w) => (comments[key(w)] ?? "").trim().length > 0);

  const keep = () =>
    startTransition(async () => {
      setError(null);
      const confirmations = warnings.map((w) => ({ ruleId: w.ruleId, fieldPath: w.path, comment: comments[key(w)] ?? "" }));
      const result = await save({ id: registrationId, version, confirmations });
      if (result && !result.ok && result.code === SESSION_ENDED) leaveForLogin();
      if (result && !result.ok) setError(t(`refusal.${result.code}` as "refusal.invalid"));
    });

  const submit = (print: boolean) =>
    startTransition(async () => {
      setError(null);
      const confirmations = warnings.map((w) => ({ ruleId: w.ruleId, fieldPath: w.path, comment: comments[key(w)] ?? "" }));
      const result = await send({ id: registrationId, version, confirmations }, print);
      if (result && !result.ok && result.code === SESSION_ENDED) leaveForLogin();
      if (result && !result.ok) setError(t(`refusal.${result.code}` as "refusal.invalid"));
    });

  return (
    <div className="space-y-4 rounded border border-slate-200 bg-white p-4">
      {warnings.map((warning) => (
        <div key={key(warning)} className="space-y-1">
          <label htmlFor={`confirm-${key(warning)}`} className="block font-medium text-amber-900">
            {t("confirmLabel", { n: warning.number })}: <span className="font-normal">{warning.message}</span>
          </label>
          <p id={`confirm-hint-${key(warning)}`} className="text-sm text-slate-600">{t("confirmHint")}</p>
          <textarea
            id={`confirm-${key(warning)}`}
            aria-describedby={`confirm-hint-${key(warning)}`}
            required
            maxLength={2000}
            rows={2}
            value={comments[key(warning)] ?? ""}
            onChange={(event) => setComments({ ...comments, [key(warning)]: event.target.value })}
            className="w-full rounded border border-slate-300 px-3 py-2"
          />
        </div>
      ))}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex flex-wrap gap-3" aria-live="polite">
        <button type="button" disabled={!allConfirmed || pending} onClick={() => submit(false)}
          className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-50">
          {pending ? t("sending") : t("actions.send")}
        </button>
        <button type="button" disabled={!allConfirmed || pending} onClick={() => submit(true)}
          className="rounded px-3 py-2.5 font-medium text-brand-700 underline underline-offset-2 hover:decoration-2 disabled:opacity-50">
          {t("actions.sendAndPrint")}
        </button>
        {/* Something to save: the comments typed for the warnings (the draft itself is saved). */}
        {warnings.length > 0 && (
          <button type="button" disabled={pending} onClick={keep}
            className="rounded px-3 py-2.5 font-medium text-brand-700 underline underline-offset-2 hover:decoration-2 disabled:opacity-50">
            {t("actions.save")}
          </button>
        )}
      </div>
    </div>
  );
}
