import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { createCorrectedVersionAction, saveConfirmationsAction, sendAction } from "@/app/registrations/actions";
import { answerProjectOfferAction } from "@/app/registrations/project-actions";
import { ProjectLinks } from "@/components/projects/project-links";
import { ProjectOfferPanel } from "@/components/projects/project-offer-panel";
import { projectsTabHref } from "@/components/projects/projects-href";
import { getModule } from "@/lib/modules/registry";
import { offersOfRegistration } from "@/lib/projects/list-offers";
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
import { attachmentHref } from "@/lib/attachments/attachment-href";
import { requireReadyContext } from "@/lib/access/verify-session";
import { uuidOrNotFound } from "@/lib/security/path-id";
import type { Locale } from "@/lib/i18n/locales";
import { availablePrintouts, printHref, REGISTRATION_PART } from "@/lib/modules/printouts";
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
  searchParams: Promise<{ sent?: string; print?: string; never?: string; projectDecided?: string; projectError?: string }>;
}) {
  const id = uuidOrNotFound((await params).id);
  const { sent, print, never, projectDecided, projectError } = await searchParams;
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
  const pdfHref = printHref(id, [REGISTRATION_PART]);
  const declaration = getModule(registration.moduleId);
  // "MOC afdrukken" and "Rapport afdrukken" (manual §5.1, §5.9): the printouts the form declares and this content offers.
  const printouts = declaration ? availablePrintouts(declaration, registration.kind, registration.formData) : [];
  const fieldHref = (path: string, ruleId?: string) =>
    ruleId && isPatientRule(ruleId) ? `${formHref}/patient#${fieldDomId(path)}` : `${formHref}#${fieldDomId(path)}`;

  // A sent registration is checked again only for the record (PDF); its page shows what was confirmed.
  const described = isDraft ? await describeIssues(outcome.issues, registration) : [];
  const items = described.map(({ issue, message }) => ({ issue, message, href: fieldHref(issue.path, issue.ruleId) }));
  const errors = items.filter((i) => i.issue.severity === "error");
  const warnings = items.filter((i) => i.issue.severity === "warning");
  // Information (e.g. sent earlier than the registry expects) is shown, never confirmed, never blocking.
  const information = items.filter((i) => i.issue.severity === "information");
  const numbered = [...errors, ...warnings, ...information].map((item, index) => ({ ...item, number: index + 1 }));
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

  const sections = buildSummary(registration, locale);
  const firstSection = sections[0]?.id;
  const lastSection = sections.at(-1)?.id;

  // Project participation (manual §6.1.1): the offers this sent registration made, and the links
  // between a project registration and the standard registration it came from.
  const tp = await getTranslations("projects");
  const moduleName = (moduleId: string) => getModule(moduleId)?.name[locale] ?? moduleId;
  const offers = isDraft ? [] : await offersOfRegistration(context, registration.id);
  const offerItems = offers.map((offer) => ({ ...offer, projectName: moduleName(offer.projectModuleId) }));
  const returnTo = `/registrations/${id}/summary${justSent ? `?sent=${sent}` : ""}#projects`;
  const [decidedChoice, decidedOffer] = (projectDecided ?? "").split(":", 2);
  const decidedItem = offerItems.find((offer) => offer.id === decidedOffer);
  const projectNotice =
    decidedItem && (decidedChoice === "later" || decidedChoice === "never")
      ? tp(`decided.${decidedChoice}`, { project: decidedItem.projectName })
      : null;
  const projectRefusal = projectError === "not_found" || projectError === "forbidden" || projectError === "invalid" ? tp(`refusal.${projectError}`) : null;
  const linkOf = (linked: { id: string; moduleId: string; reference: string | null }) => ({ id: linked.id, reference: linked.reference, moduleName: moduleName(linked.moduleId) });

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
      <ProjectLinks
        source={registration.sourceRegistration ? linkOf(registration.sourceRegistration) : undefined}
        projects={(registration.projectRegistrations ?? []).map(linkOf)}
      />
      {projectNotice && <Notice tone="success">{projectNotice}</Notice>}
      {projectRefusal && <Notice tone="error">{projectRefusal}</Notice>}
      {offerItems.length > 0 && (
        <ProjectOfferPanel
          offers={offerItems}
          returnTo={returnTo}
          confirmNeverId={never}
          projectsTabHref={projectsTabHref(registration.moduleId)}
          answer={answerProjectOfferAction}
        />
      )}

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
          {errors.length + warnings.length === 0 && information.length === 0 ? (
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
              {information.length > 0 && (
                <div className="space-y-2">
                  <h3 className="font-semibold text-sky-900">{t("information")} ({information.length})</h3>
                  <IssueList items={information} start={errors.length + warnings.length + 1} />
                  <p className="text-sm text-slate-700">{t("informationHint")}</p>
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

      {canSend && (
        <SendPanel
          registrationId={registration.id}
          version={registration.version}
          warnings={warnings.map((w, index) => ({ ruleId: w.issue.ruleId, path: w.issue.path, message: w.message, number: errors.length + index + 1 }))}
          send={sendAction}
          save={saveConfirmationsAction}
        />
      )}

      <nav aria-label={t("moreActions")} className="space-y-2 rounded border border-slate-200 bg-white px-4 py-3">
        <h2 className="text-sm font-semibold text-slate-700">{t("moreActions")}</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {isDraft && allowed.has("edit") && (
            <>
              {lastSection && <li><Link href={`${formHref}#section-${lastSection}`} className={secondary}>{t("actions.previous")}</Link></li>}
              <li><Link href={`${formHref}/patient`} className={secondary}>{t("actions.patientPage")}</Link></li>
              <li><Link href={firstSection ? `${formHref}#section-${firstSection}` : formHref} className={secondary}>{t("actions.firstPage")}</Link></li>
            </>
          )}
          {allowed.has("print") && (
            <>
              <li><a href={pdfHref} className={secondary}>{t("actions.printRegistration")}</a></li>
              {printouts.map((printout) => (
                <li key={printout.id}><a href={printHref(id, [printout.id])} className={secondary}>{printout.action[locale]}</a></li>
              ))}
              {printouts.length > 0 && (
                <li>
                  <a href={printHref(id, [REGISTRATION_PART, ...printouts.map((printout) => printout.id)])} className={secondary}>
                    {t("actions.printReport", { documents: printouts.map((printout) => printout.title[locale]).join(", ") })}
                  </a>
                </li>
              )}
            </>
          )}
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

      {/* After sending: the form showed the hints while typing, and a decision never blocks sending. */}
      {hints && (
        <SummaryTumourHints
          registrationId={registration.id}
          decisions={registration.tumourDecisions ?? []}
          decide={allowed.has("edit") ? decideTumourHintAction : undefined}
          {...hints}
        />
      )}
      <TumourDecisionList decisions={registration.tumourDecisions ?? []} locale={locale} />

      <SummarySections
        sections={sections}
        issuesByPath={issuesByPath}
        changeHref={isDraft && allowed.has("edit") ? (path) => fieldHref(path) : undefined}
        fileHref={(fileId) => attachmentHref(registration.id, fileId)}
      />
    </section>
  );
}
