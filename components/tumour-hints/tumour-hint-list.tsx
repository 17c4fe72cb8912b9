import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatDateText } from "@/components/ui/date-text";
import type { KnownTumour, PatientTumours, TumourHint } from "@/lib/registrations/tumour-hints";
import type { Locale } from "@/lib/validation/types";

export interface TumourHintContext {
  /** Module names by id, in the user's language. */
  moduleNames: Readonly<Record<string, string>>;
  /** Modules whose sent registrations can get a follow-up. */
  followUpModules: readonly string[];
  locale: Locale;
}

interface TumourHintListProps extends TumourHintContext {
  tumours: PatientTumours;
  hints: readonly TumourHint[];
  /** Topography, morphology and incidence date are filled: the hints are the comparison's outcome. */
  compared: boolean;
  /** Under each hint (the summary's decision form, or the decision taken). */
  decisionOf?: (hint: TumourHint) => ReactNode;
}

const tones = {
  same: "border-amber-500 bg-amber-50 text-amber-950",
  unknown: "border-orange-500 bg-orange-50 text-orange-950",
  new: "border-slate-400 bg-slate-50 text-slate-900",
} as const;

const link = "font-semibold underline underline-offset-2 hover:decoration-2";

/** How a known tumour is named: its reference, or "saved draft". */
export function useTumourName() {
  const t = useTranslations("tumourHints");
  return (tumour: Pick<KnownTumour, "reference">) => tumour.reference ?? t("otherDraft");
}

/**
 * "This tumour may already be registered" (issue 15): the patient's other tumours the user may
 * open and, once the tumour is described, the outcome of the multiple-primary rules for each, with
 * links to open the other registration (correct it) or register a follow-up; then the sent
 * registrations of other sources (incidence date and source only) and the lookback's limit.
 * Renders nothing when the patient has no other registration.
 */
export function TumourHintList({ tumours, hints, compared, decisionOf, moduleNames, followUpModules, locale }: TumourHintListProps) {
  const t = useTranslations("tumourHints");
  const nameOf = useTumourName();
  if (tumours.known.length === 0 && tumours.others.length === 0) return null;
  const date = (value: string | null | undefined) => (value ? formatDateText(value, locale) : t("noDate"));
  const describe = (other: KnownTumour) =>
    t("otherLine", {
      module: moduleNames[other.moduleId] ?? other.moduleId,
      reference: nameOf(other),
      date: date(other.facts.incidenceDate),
      topography: other.facts.topography ?? "—",
      morphology: other.facts.morphology ?? "—",
    });
  const shown = compared ? hints.map((hint) => hint.other.id) : [];
  const notCompared = tumours.known.filter((tumour) => !shown.includes(tumour.id));
  const years = Math.max(1, Math.round(tumours.retentionDays / 365));
  return (
    <section aria-labelledby="tumour-hints-title" className="space-y-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm" data-tumour-hints>
      <h2 id="tumour-hints-title" className="text-base font-semibold text-brand-900">
        {t("title")}
      </h2>
      {tumours.known.length > 0 && <p className="text-sm text-slate-700">{t("knownIntro", { count: tumours.known.length })}</p>}
      {compared && hints.length > 0 && (
        <ul className="space-y-2" role="list">
          {hints.map((hint) => (
            <li key={hint.other.id} className={`space-y-1 rounded border-l-4 px-3 py-2 text-sm ${tones[hint.outcome]}`} data-outcome={hint.outcome}>
              <p>
                <strong>{t(`outcome.${hint.outcome}`)}</strong>{" "}
                <span>— {describe(hint.other)}</span>
              </p>
              <p className="text-xs">
                <span className="support-code font-mono">{hint.rule} </span>
                {t(`rule.${hint.rule}`)}
              </p>
              {hint.outcome === "same" && <p>{t("sameAdvice")}</p>}
              {hint.outcome === "unknown" && <p>{t("unknownAdvice")}</p>}
              {hint.outcome !== "new" && (
                <p className="flex flex-wrap gap-x-4">
                  <a href={`/registrations/${hint.other.id}/summary`} className={link}>
                    {t("open", { reference: nameOf(hint.other) })}
                  </a>
                  {hint.other.status === "SENT" && followUpModules.includes(hint.other.moduleId) && (
                    <a href={`/modules/${encodeURIComponent(hint.other.moduleId)}/follow-up`} className={link}>
                      {t("followUp")}
                    </a>
                  )}
                </p>
              )}
              {decisionOf?.(hint)}
            </li>
          ))}
        </ul>
      )}
      {notCompared.length > 0 && (
        <>
          {!compared && <p className="text-sm text-slate-700">{t("fillToCompare")}</p>}
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-800">
            {notCompared.map((tumour) => (
              <li key={tumour.id}>
                <a href={`/registrations/${tumour.id}/summary`} className="underline underline-offset-2">
                  {describe(tumour)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {tumours.others.length > 0 && (
        <div className="text-sm text-slate-800">
          <p>{t("othersIntro")}</p>
          <ul className="list-disc space-y-0.5 pl-5">
            {tumours.others.map((other, index) => (
              <li key={index}>
                {t("otherSource", {
                  physician: other.physicianName,
                  organisation: other.organisationName,
                  module: moduleNames[other.moduleId] ?? other.moduleId,
                  date: date(other.incidenceDate),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-xs text-slate-600">{t("lookback", { years })}</p>
    </section>
  );
}
