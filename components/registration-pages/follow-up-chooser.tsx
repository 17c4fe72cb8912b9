"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useDateTime } from "@/components/format/use-date-time";
import { Notice } from "@/components/ui/notice";

/** A sent registration a follow-up may follow, as the page shows it. */
export interface FollowUpChoice {
  id: string;
  reference: string;
  /** ISO timestamp. */
  sentAt: string;
  followUps: number;
}

/**
 * Type the patient's INSZ, see their sent registrations in the module (only those the user may
 * see), start a follow-up of one. The INSZ goes to the server in the action's body, never in the URL.
 */
export function FollowUpChooser({
  find,
  create,
}: {
  find: (insz: string) => Promise<FollowUpChoice[] | null>;
  create: (originalId: string) => Promise<{ ok: false; code: string }>;
}) {
  const t = useTranslations("registration.followUp");
  const dateTime = useDateTime();
  const [choices, setChoices] = useState<FollowUpChoice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const search = (form: FormData) =>
    startTransition(async () => {
      setError(null);
      const found = await find(String(form.get("insz") ?? ""));
      if (found === null) setError(t("refused"));
      setChoices(found ?? []);
    });
  const start = (id: string) =>
    startTransition(async () => {
      const result = await create(id);
      setError(t(result.code === "forbidden" ? "refused" : "gone"));
    });

  return (
    <div className="space-y-4">
      <form action={search} className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <label htmlFor="follow-up-insz" className="block font-semibold">{t("inszLabel")}</label>
        <div className="flex flex-wrap items-center gap-3">
          <input id="follow-up-insz" name="insz" required maxLength={40} autoComplete="off" spellCheck={false} inputMode="numeric" className="w-full max-w-xs rounded border border-slate-400 px-3 py-2" />
          <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
            {t("find")}
          </button>
        </div>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      {choices && choices.length === 0 && !error && <Notice>{t("none")}</Notice>}
      {choices && choices.length > 0 && (
        <table className="w-full border-collapse rounded border border-slate-200 bg-white text-sm">
          <caption className="px-3 py-2 text-left font-semibold">{t("caption")}</caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">{t("reference")}</th>
              <th scope="col" className="px-3 py-2">{t("sentOn")}</th>
              <th scope="col" className="px-3 py-2">{t("existing")}</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">{t("start")}</span></th>
            </tr>
          </thead>
          <tbody>
            {choices.map((choice) => (
              <tr key={choice.id} className="border-t border-slate-200">
                <td className="px-3 py-2 font-medium">{choice.reference}</td>
                <td className="px-3 py-2">{dateTime(new Date(choice.sentAt))}</td>
                <td className="px-3 py-2">{choice.followUps}</td>
                <td className="px-3 py-2 text-right">
                  <button type="button" disabled={pending} onClick={() => start(choice.id)} className="rounded border border-brand-600 px-3 py-1 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60">
                    {t("startOf", { reference: choice.reference })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
