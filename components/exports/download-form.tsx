"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { DateInput } from "@/components/ui/date-input";
import { Notice } from "@/components/ui/notice";
import { ExportDisclaimer } from "./export-disclaimer";

type Kind = "saved" | "sent";
type ContentDate = "incidenceDate" | "mocDate";
type DateBy = "changed" | "sent" | ContentDate;
type Audience = "registry" | "hospital";

interface DownloadFormProps {
  /** The file route, /modules/<id>/download/file. */
  action: string;
  /** Registry staff receive sent registrations only. */
  kinds: readonly Kind[];
  /** Dates of the content the module also selects by (manual §5.11: e.g. the MOC date). */
  contentDates?: readonly ContentDate[];
  /** Offered when the module has fields for the hospital's own use (never to registry staff). */
  audiences?: readonly Audience[];
}

/** The kind's own date first: the last change of saved registrations, the sending date of sent ones. */
const ownDate = (kind: Kind): DateBy => (kind === "saved" ? "changed" : "sent");

const choice =
  "flex cursor-pointer items-start gap-3 rounded border border-slate-200 bg-white p-3 hover:border-brand-600 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50";

/**
 * The download choices (F-BULK-2) and the sensitive-data notice that must be confirmed first
 * (F-BULK-3). A plain POST form (an export is never a GET): the browser downloads the streamed
 * file and shows its progress (F-BULK-4). The server checks everything again; this only saves the user a refused request.
 */
export function DownloadForm({ action, kinds, contentDates = [], audiences = [] }: DownloadFormProps) {
  const t = useTranslations("exports");
  const [kind, setKind] = useState<Kind>(kinds[0] ?? "sent");
  const [dateBy, setDateBy] = useState<DateBy>(ownDate(kinds[0] ?? "sent"));
  const dateChoices: DateBy[] = [ownDate(kind), ...contentDates];
  const fromLabel = dateBy === ownDate(kind) ? t(`from.${kind}`) : t("from.content", { date: t(`dateBy.${dateBy}`) });
  const toLabel = dateBy === ownDate(kind) ? t(`to.${kind}`) : t("to.content", { date: t(`dateBy.${dateBy}`) });
  const [confirmed, setConfirmed] = useState(false);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [started, setStarted] = useState(false);
  const [dateProblems, setDateProblems] = useState({ from: false, to: false });
  const datesUnread = dateProblems.from || dateProblems.to;
  const rangeError = !datesUnread && from !== "" && to !== "" && from > to;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!confirmed || rangeError || datesUnread) {
      event.preventDefault();
      return;
    }
    setStarted(true);
  };

  return (
    <form method="post" action={action} onSubmit={submit} className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="mb-2 font-semibold">{t("kindLegend")}</legend>
        {kinds.map((value) => (
          <label key={value} className={choice}>
            <input
              type="radio"
              name="kind"
              value={value}
              checked={kind === value}
              onChange={() => {
                setKind(value);
                // The other kind's own date does not apply; a content date does.
                if (dateBy === "changed" || dateBy === "sent") setDateBy(ownDate(value));
              }}
              className="mt-1"
            />
            <span>
              <span className="block font-medium">{t(`kind.${value}`)}</span>
              <span className="block text-sm text-slate-600">{t(`kindHint.${value}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {contentDates.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="mb-2 font-semibold">{t("dateByLegend")}</legend>
          {dateChoices.map((value) => (
            <label key={value} className={choice}>
              <input type="radio" name="dateBy" value={value} checked={dateBy === value} onChange={() => setDateBy(value)} className="mt-1" />
              <span className="font-medium">{t(`dateBy.${value}`)}</span>
            </label>
          ))}
        </fieldset>
      )}

      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">{t("periodLegend")}</legend>
        <p id="period-hint" className="text-sm text-slate-600">{t("periodHint")}</p>
        <div className="flex flex-wrap gap-4">
          <div className="flex flex-col">
            <label htmlFor="download-from" className="text-sm font-medium">{fromLabel}</label>
            <DateInput
              id="download-from"
              name="from"
              value={from}
              onValueChange={(value, problem) => {
                setFrom(value);
                setDateProblems((current) => ({ ...current, from: problem !== null }));
              }}
              describedBy="period-hint"
            />
          </div>
          <div className="flex flex-col">
            <label htmlFor="download-to" className="text-sm font-medium">{toLabel}</label>
            <DateInput
              id="download-to"
              name="to"
              value={to}
              onValueChange={(value, problem) => {
                setTo(value);
                setDateProblems((current) => ({ ...current, to: problem !== null }));
              }}
              describedBy="period-hint"
              aria-invalid={rangeError || undefined}
            />
          </div>
        </div>
        {rangeError && <Notice tone="error">{t("errors.range")}</Notice>}
      </fieldset>

      {audiences.length > 1 && (
        <fieldset className="space-y-2">
          <legend className="mb-2 font-semibold">{t("audienceLegend")}</legend>
          {audiences.map((value, index) => (
            <label key={value} className={choice}>
              <input type="radio" name="audience" value={value} defaultChecked={index === 0} className="mt-1" />
              <span>
                <span className="block font-medium">{t(`audience.${value}`)}</span>
                <span className="block text-sm text-slate-600">{t(`audienceHint.${value}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}

      <fieldset className="space-y-2">
        <legend className="mb-2 font-semibold">{t("formatLegend")}</legend>
        {(["csv", "txt"] as const).map((value, index) => (
          <label key={value} className={choice}>
            <input type="radio" name="format" value={value} defaultChecked={index === 0} className="mt-1" />
            <span>
              <span className="block font-medium">{t(`format.${value}`)}</span>
              <span className="block text-sm text-slate-600">{t(`formatHint.${value}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="mb-2 font-semibold">{t("headerLegend")}</legend>
        {(["ids", "labels"] as const).map((value, index) => (
          <label key={value} className={choice}>
            <input type="radio" name="header" value={value} defaultChecked={index === 0} className="mt-1" />
            <span className="font-medium">{t(`header.${value}`)}</span>
          </label>
        ))}
      </fieldset>

      <ExportDisclaimer
        confirmed={confirmed}
        onConfirmedChange={(value) => {
          setConfirmed(value);
          setStarted(false);
        }}
      />

      <div className="space-y-3">
        <button
          type="submit"
          disabled={!confirmed || rangeError || datesUnread}
          aria-describedby={confirmed ? undefined : "confirm-first"}
          className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {t("submit")}
        </button>
        {!confirmed && <p id="confirm-first" className="text-sm text-slate-600">{t("confirmFirst")}</p>}
        {started && <Notice tone="success">{t("started")}</Notice>}
      </div>
    </form>
  );
}
