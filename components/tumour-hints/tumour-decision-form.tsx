"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { leaveForLogin, SESSION_ENDED } from "@/components/auth/session-ended";
import { TUMOUR_CHOICES, type TumourChoice, type TumourDecisionView } from "@/lib/registrations/tumour-hints";

interface TumourDecisionFormProps {
  registrationId: string;
  otherId: string;
  /** The other registration's reference; null for a draft. */
  otherReference: string | null;
  /** The decision already taken about this other registration, if any. */
  decided?: Pick<TumourDecisionView, "choice" | "comment">;
  decide: (input: unknown) => Promise<{ ok: true } | { ok: false; code: string }>;
}

const isChoice = (value: string | undefined): value is TumourChoice => (TUMOUR_CHOICES as readonly string[]).includes(value ?? "");

/** The user's decision on one hint: a choice and a comment, saved with the draft (summary page). */
export function TumourDecisionForm({ registrationId, otherId, otherReference, decided, decide }: TumourDecisionFormProps) {
  const t = useTranslations("tumourHints");
  const router = useRouter();
  const id = useId();
  const [choice, setChoice] = useState<TumourChoice | null>(isChoice(decided?.choice) ? decided.choice : null);
  const [comment, setComment] = useState(decided?.comment ?? "");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const save = () =>
    startTransition(async () => {
      if (!choice) return;
      if (choice !== "new_primary" && comment.trim() === "") {
        setMessage({ tone: "error", text: t("commentRequired") });
        return;
      }
      const result = await decide({ id: registrationId, otherId, choice, comment });
      if (!result.ok && result.code === SESSION_ENDED) leaveForLogin();
      if (result.ok) {
        setMessage({ tone: "ok", text: t("saved") });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: result.code === "comment_required" ? t("commentRequired") : t("failed") });
      }
    });

  return (
    <fieldset className="mt-2 space-y-2 rounded border border-slate-300 bg-white p-3 text-slate-900">
      <legend className="px-1 text-sm font-semibold">{t("decisionLegend", { reference: otherReference ?? t("otherDraft") })}</legend>
      <div className="space-y-1">
        {TUMOUR_CHOICES.map((value) => (
          <label key={value} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-choice`}
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
              className="mt-1"
            />
            {t(`choice.${value}`)}
          </label>
        ))}
      </div>
      <label htmlFor={`${id}-comment`} className="block text-sm font-medium">
        {t("comment")}
      </label>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t("commentHint")}
      </p>
      <textarea
        id={`${id}-comment`}
        aria-describedby={`${id}-hint`}
        maxLength={2000}
        rows={2}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        className="w-full rounded border border-slate-300 px-3 py-2 text-sm"
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={save}
          aria-disabled={!choice || pending || undefined}
          className="rounded border border-brand-600 bg-white px-4 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 aria-disabled:opacity-60"
        >
          {pending ? t("saving") : t("save")}
        </button>
        <p role="status" className={`text-sm ${message?.tone === "error" ? "font-medium text-red-700" : "text-green-800"}`}>
          {message?.text}
        </p>
      </div>
    </fieldset>
  );
}
