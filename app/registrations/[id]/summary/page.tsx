import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { createCorrectedVersionAction, sendAction } from "@/app/registrations/actions";
import { describeIssues } from "@/app/registrations/describe-issues";
import { decideTumourHintAction } from "@/app/registrations/tumour-hint-actions";
import { tumourHintProps } from "@/app/registrations/tumour-hint-props";
import { formatDateTime } from "@/lib/i18n/date-time";
import { AutoDownload } from "@/components/registration-pages/auto-download";
import { FocusOnArrival } from "@/components/registration-pages/focus-on-arrival";
import { RegistrationHeader } from "@/components/registration-pages/registration-header";
import { SendPanel } from "@/components/registration-pages/send-panel";
import { SentConfirmation } from "@/components/registration-pages/sent-confirmation";
import { SummarySections, type RowIssue } from "@/components/registration-pages/summary-sections";
import { fieldDomId } from "@/components/registration/field-dom-id";
import { IssueList } from "@/components/registration/issue-list";
import { SummaryTumourHints } from "@/components/tumour-hints/summary-tumour-hints";
import { TumourDecisionList } from "@/components/tumour-hints/tumour-decision-list";
import { Notice } from "@/components/ui/notice";
import { requireReadyContext } from "@/lib/access/verify-session";
import { uuidOrNotFound } from "@/lib/security/path-id";
import type { Locale } from "@/lib/i18n/locales";
import { isPatientRule } from "@/lib/patients/patient-rules";
import { allowedActions } from "@/lib/registrations/allowed-actions";
import { reviewRegistration } from "@/lib/registrations/check-registration";
import { buildSummary } from "@/lib/registrations/summary-rows";

export const dynamic = "force-dynamic";

/** Secondary actions look like links, not like the one primary button (Send). */
const secondary = "font-medium text-brand-700 underline underline-offset-2 hover:decoration-2";

/**
 * The summary (F-REG-2) as a check-answers page: the issues first, then the one primary action
 * (Send, when allowed), every answer with its "Change" link, the other actions of the manual
 * (form, patient page, print, saved list) as plain links. After sending (`?sent=1`, or
 * `?sent=already` when it had been sent before) the same page is the sent confirmation.
 */
export default async function SummaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sent?: string; print?: string }>;
}) {
  const id = uuidOrNotFound((await params).id);
  const { sent, print } = await searchParams;
  const context = await requireReadyContext(`/registrations/${id}/summary`);
  const checked = await reviewRegistration(context, id);
  if (!checked) notFound();
  const { registration, outcome } = checked;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("registration");
  const allowed = await allowedActions(context, registration, ["send", "correct", "print", "edit"]);
  const isDraft = registration.status === "DRAFT";
  const justSent = !isDraft && registration.reference !== null && (sent === "1" || sent === "already");
  const formHref = `/registrations/${id}`;
  const pdfHref = `/registrations/${id}/pdf`;
  const fieldHref = (path: string, ruleId?: string) =>
    ruleId && isPatientRule(ruleId) ? `${formHref}/patient#${fieldDomId(path)}` : `${formHref}#${fieldDomId(path)}`;

  // A sent registration is checked again only for the record (PDF); its page shows what was confirmed.
  const described = isDraft ? await describeIssues(outcome.issues, registration) : [];
  const items = described.map(({ issue, message }) => ({ issue, message, href: fieldHref(issue.path, issue.ruleId) }));
  const errors = items.filter((i) => i.issue.severity === "error");
  const warnings = items.filter((i) => i.issue.severity === "warning");
  const numbered = [...errors, ...warnings].map((item, index) => ({ ...item, number: index + 1 }));
  const issuesByPath = new Map<string, RowIssue[]>();
  for (const { issue, message, number } of numbered) {
    issuesByPath.set(issue.path, [...(issuesByPath.get(issue.path) ?? []), { number, severity: issue.severity, message }]);
  }
  const canSend = isDraft && errors.length === 0 && allowed.has("send");
  const confirmedMessages = !isDraft ? await describeIssues(outcome.issues, registration) : [];
  const messageOf = (ruleId: string, path: string) =>
    confirmedMessages.find(({ issue }) => issue.ruleId === ruleId && issue.path === path)?.message;
  const correctedBy = registration.correctedBy;
  const listHref = `/modules/${registration.moduleId}/registrations?tab=${isDraft ? "saved" : "sent"}`;
  const hints = isDraft ? await tumourHintProps(context, registration, locale) : null;

  return (
    <section className="space-y-5">
      <FocusOnArrival view={justSent ? `sent:${sent}` : "summary"} />
      {justSent ? (
        <SentConfirmation
          registrationId={registration.id}
          moduleId={registration.moduleId}
          reference={registration.reference!}
          sentAt={registration.sentAt}
          sentByName={registration.sentByName}
          already={sent === "already"}
          printing={Boolean(print)}
        />
      ) : (
        <h1 tabIndex={-1} data-page-focus={errors.length === 0 ? "" : undefined} className="text-2xl font-bold text-brand-900 focus:outline-none">
          {t("summaryTitle")}
        </h1>
      )}
      {justSent && print && <AutoDownload href={pdfHref} />}
      <RegistrationHeader registration={registration} />

      {correctedBy && (
        <Notice tone="info">
          <strong>{t("correctedBy", { reference: correctedBy.reference })}</strong>. {t("correctedByText")}{" "}
          {correctedBy.readable && (
            <Link href={`/registrations/${correctedBy.id}/summary`} className={secondary}>
              {t("openCorrection", { reference: correctedBy.reference })}
            </Link>
          )}
        </Notice>
      )}

      {isDraft && (
        <section aria-labelledby="outcome-title" className="space-y-3">
          <h2 id="outcome-title" className="sr-only">{t("errors")} / {t("warnings")}</h2>
          {items.length === 0 ? (
            <Notice tone="success">{t("noIssues")}</Notice>
          ) : (
            <>
              {errors.length > 0 && (
                <div role="alert" tabIndex={-1} data-page-focus className="space-y-2 rounded border-l-4 border-red-700 bg-white p-3 focus:outline-2 focus:outline-brand-600">
                  <h3 className="font-semibold text-red-800">{t("errors")} ({errors.length})</h3>
                  <IssueList items={errors} />
                  <p className="text-sm text-red-900">{t("errorsBlock")}</p>
                </div>
              )}
              {warnings.length > 0 && (
                <div className="space-y-2">
                  <h3 className="font-semibold text-orange-900">{t("warnings")} ({warnings.length})</h3>
                  <IssueList items={warnings} start={errors.length + 1} />
                </div>
              )}
            </>
          )}
          <p className="text-sm text-slate-700">{t("summaryIntro")}</p>
        </section>
      )}

      {!isDraft && registration.sentAt && !justSent && (
        <p className="text-sm text-slate-700">{t("sentOn", { date: formatDateTime(registration.sentAt, locale), name: registration.sentByName ?? "—" })}</p>
      )}
      {!isDraft && registration.confirmations.length > 0 && (
        <section aria-labelledby="confirmed-title" className="space-y-1">
          <h2 id="confirmed-title" className="font-semibold text-slate-800">{t("confirmedWarnings")}</h2>
          <ul className="space-y-1 text-sm text-green-900">
            {registration.confirmations.map((c) => (
              <li key={`${c.ruleId}@${c.fieldPath}`}>
                <span className="support-code font-mono text-xs">{c.ruleId} </span>
                {messageOf(c.ruleId, c.fieldPath) && <span className="font-medium">{messageOf(c.ruleId, c.fieldPath)} </span>}
                {t("confirmedBy", { name: c.confirmedByName, date: formatDateTime(c.confirmedAt, locale), comment: c.comment })}
              </li>
            ))}
          </ul>
        </section>
      )}

      {hints && (
        <SummaryTumourHints
          registrationId={registration.id}
          decisions={registration.tumourDecisions ?? []}
          decide={allowed.has("edit") ? decideTumourHintAction : undefined}
          {...hints}
        />
      )}
      <TumourDecisionList decisions={registration.tumourDecisions ?? []} locale={locale} />

      {canSend && (
        <SendPanel
          registrationId={registration.id}
          version={registration.version}
          warnings={warnings.map((w, index) => ({ ruleId: w.issue.ruleId, path: w.issue.path, message: w.message, number: errors.length + index + 1 }))}
          send={sendAction}
        />
      )}

      <nav aria-label={t("moreActions")} className="space-y-2 rounded border border-slate-200 bg-white px-4 py-3">
        <h2 className="text-sm font-semibold text-slate-700">{t("moreActions")}</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {isDraft && allowed.has("edit") && (
            <>
              <li><Link href={formHref} className={secondary}>{t("actions.backToForm")}</Link></li>
              <li><Link href={`${formHref}/patient`} className={secondary}>{t("actions.patientPage")}</Link></li>
            </>
          )}
          {allowed.has("print") && <li><a href={pdfHref} className={secondary}>{t("actions.print")}</a></li>}
          {allowed.has("correct") && (
            <li>
              <form action={createCorrectedVersionAction.bind(null, registration.id) as unknown as () => Promise<void>}>
                <button type="submit" className={`${secondary} cursor-pointer`}>{t("actions.correct")}</button>
              </form>
            </li>
          )}
          {!justSent && <li><Link href={listHref} className={secondary}>{isDraft ? t("actions.savedList") : t("sent.backToList")}</Link></li>}
        </ul>
        {isDraft && <p className="text-sm text-slate-600">{t("savedHint")}</p>}
      </nav>

      <SummarySections
        sections={buildSummary(registration, locale)}
        issuesByPath={issuesByPath}
        changeHref={isDraft && allowed.has("edit") ? (path) => fieldHref(path) : undefined}
      />
    </section>
  );
}
