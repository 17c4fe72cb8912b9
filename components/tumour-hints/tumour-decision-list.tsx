import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/date-time";
import type { TumourDecisionView } from "@/lib/registrations/tumour-hints";
import type { Locale } from "@/lib/validation/types";

/** The decisions taken on "may already be registered" hints, as recorded (summary of a sent registration). */
export function TumourDecisionList({ decisions, locale }: { decisions: readonly TumourDecisionView[]; locale: Locale }) {
  const t = useTranslations("tumourHints");
  if (decisions.length === 0) return null;
  const choiceText = (choice: string) => (["new_primary", "same_tumour", "checked"].includes(choice) ? t(`choice.${choice as "checked"}`) : choice);
  return (
    <section aria-labelledby="tumour-decisions-title" className="space-y-1" data-tumour-decisions>
      <h2 id="tumour-decisions-title" className="font-semibold text-slate-800">
        {t("decisionsTitle")}
      </h2>
      <ul className="space-y-1 text-sm text-slate-900">
        {decisions.map((decision) => (
          <li key={`${decision.otherRegistrationId}`}>
            {t("decided", {
              choice: choiceText(decision.choice),
              reference: decision.otherReference ?? t("otherDraft"),
              rule: decision.ruleId,
              name: decision.decidedByName,
              date: formatDateTime(decision.decidedAt, locale),
            })}
            {decision.comment && <span className="block text-slate-700">{t("decidedComment", { comment: decision.comment })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
