import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { createCorrectedVersionAction, sendAction } from "@/app/registrations/actions";
import { describeIssues } from "@/app/registrations/describe-issues";
import { AutoDownload } from "@/components/registration-pages/auto-download";
import { RegistrationHeader } from "@/components/registration-pages/registration-header";
import { SendPanel } from "@/components/registration-pages/send-panel";
import { SummarySections } from "@/components/registration-pages/summary-sections";
import { fieldDomId } from "@/components/registration/field-dom-id";
import { IssueList } from "@/components/registration/issue-list";
import { Notice } from "@/components/ui/notice";
import { requireReadyContext } from "@/lib/access/verify-session";
import { uuidOrNotFound } from "@/lib/security/path-id";
import type { Locale } from "@/lib/i18n/locales";
import { isPatientRule } from "@/lib/patients/patient-rules";
import { allowedActions } from "@/lib/registrations/allowed-actions";
import { reviewRegistration } from "@/lib/registrations/check-registration";
import { buildSummary } from "@/lib/registrations/summary-rows";

export const dynamic = "force-dynamic";

const button = "rounded border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50";

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
  const allowed = await allowedActions(context, registration, ["send", "correct", "print"]);
  const described = await describeIssues(outcome.issues, registration);
  const formHref = `/registrations/${id}`;
  const hrefOf = (path: string, ruleId: string) =>
    isPatientRule(ruleId) ? `${formHref}/patient#${fieldDomId(path)}` : `${formHref}#${fieldDomId(path)}`;
  const items = described.map(({ issue, message }) => ({ issue, message, href: hrefOf(issue.path, issue.ruleId) }));
  const errors = items.filter((i) => i.issue.severity === "error");
  const warnings = items.filter((i) => i.issue.severity === "warning");
  const pdfHref = `/registrations/${id}/pdf`;
  const isDraft = registration.status === "DRAFT";

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{t("summaryTitle")}</h1>
      <RegistrationHeader registration={registration} />
      {sent && registration.reference && <Notice tone="success">{t("sentNotice", { reference: registration.reference })}</Notice>}
      {sent && print && registration.reference && <AutoDownload href={pdfHref} />}

      <section aria-labelledby="outcome-title" className="space-y-3">
        <h2 id="outcome-title" className="sr-only">{t("errors")} / {t("warnings")}</h2>
        {items.length === 0 ? (
          <Notice tone="success">{t("noIssues")}</Notice>
        ) : (
          <>
            {errors.length > 0 && (
              <div role="alert" className="space-y-2">
                <h3 className="font-semibold text-red-800">{t("errors")} ({errors.length})</h3>
                <IssueList items={errors} />
                {isDraft && <p className="text-sm text-red-900">{t("errorsBlock")}</p>}
              </div>
            )}
            {warnings.length > 0 && (
              <div className="space-y-2">
                <h3 className="font-semibold text-orange-800">{t("warnings")} ({warnings.length})</h3>
                <IssueList items={warnings} start={errors.length + 1} />
              </div>
            )}
          </>
        )}
        {registration.confirmations.length > 0 && (
          <ul className="space-y-1 text-sm text-green-900">
            {registration.confirmations.map((c) => (
              <li key={`${c.ruleId}@${c.fieldPath}`}>
                <span className="font-semibold">{c.ruleId}</span>{" "}
                {t("confirmedBy", { name: c.confirmedByName, date: c.confirmedAt.toLocaleString(locale), comment: c.comment })}
              </li>
            ))}
          </ul>
        )}
      </section>

      {isDraft && errors.length === 0 && allowed.has("send") && (
        <SendPanel
          registrationId={registration.id}
          version={registration.version}
          warnings={warnings.map((w, index) => ({ ruleId: w.issue.ruleId, path: w.issue.path, message: w.message, number: errors.length + index + 1 }))}
          send={sendAction}
        />
      )}

      <nav aria-label={t("summaryTitle")} className="flex flex-wrap gap-2">
        <Link href={formHref} className={button}>{isDraft ? t("actions.previous") : t("actions.firstPage")}</Link>
        <Link href={`${formHref}/patient`} className={button}>{t("actions.patientPage")}</Link>
        {isDraft && <Link href={`${formHref}#top`} className={button}>{t("actions.firstPage")}</Link>}
        {isDraft && <Link href="/?saved=1" className={button}>{t("actions.save")}</Link>}
        {allowed.has("print") && <a href={pdfHref} className={button}>{t("actions.print")}</a>}
        {allowed.has("correct") && (
          <form action={createCorrectedVersionAction.bind(null, registration.id) as unknown as () => Promise<void>}>
            <button type="submit" className={button}>{t("actions.correct")}</button>
          </form>
        )}
      </nav>

      <SummarySections sections={buildSummary(registration, locale)} fieldHref={(path) => `${formHref}#${fieldDomId(path)}`} />
    </section>
  );
}
