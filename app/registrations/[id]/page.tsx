import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { addPersonListEntryAction, searchPersonListAction } from "@/app/person-lists/actions";
import { saveAndCheckAction, saveDraftAction } from "@/app/registrations/actions";
import { checkFormAction } from "@/app/registrations/check-actions";
import { formIssues } from "@/app/registrations/form-issues";
import { tumourHintProps } from "@/app/registrations/tumour-hint-props";
import { AttachmentsProvider } from "@/components/registration/controls/attachments-context";
import { PersonListActionsProvider } from "@/components/registration/controls/person-list-actions";
import { PrefilledProvider } from "@/components/registration/prefilled";
import { FormPageClient } from "@/components/registration-pages/form-page-client";
import { RegistrationHeader } from "@/components/registration-pages/registration-header";
import { FormTumourHints } from "@/components/tumour-hints/form-tumour-hints";
import { Notice } from "@/components/ui/notice";
import { requireReadyContext } from "@/lib/access/verify-session";
import { uuidOrNotFound } from "@/lib/security/path-id";
import { autosaveSeconds } from "@/lib/config/form";
import { getPickerList } from "@/lib/icdo3";
import type { Locale } from "@/lib/i18n/locales";
import { formOf, getModule } from "@/lib/modules/registry";
import { allowedActions } from "@/lib/registrations/allowed-actions";
import { getRegistration } from "@/lib/registrations/get-registration";
import { shownForm } from "@/lib/registrations/shown-form";
import { validateRegistration } from "@/lib/registrations/validate-registration";

export const dynamic = "force-dynamic";

export default async function RegistrationFormPage({ params }: { params: Promise<{ id: string }> }) {
  const id = uuidOrNotFound((await params).id);
  const context = await requireReadyContext(`/registrations/${id}`);
  const registration = await getRegistration(context, id);
  const declaration = registration && getModule(registration.moduleId);
  if (!registration || !declaration) notFound();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("registration");
  const canEdit = (await allowedActions(context, registration, ["edit"])).has("edit");
  // Once "Next" has checked the draft, the form shows the server's findings too (kept current
  // by the form's live check); a draft never checked shows none before the user asks.
  const now = new Date();
  const checked = registration.status === "DRAFT" && registration.validationStatus !== "NOT_VALIDATED";
  const issues = checked
    ? await formIssues(id, validateRegistration(registration, { today: now, sendDate: now }).issues, {
        moduleId: registration.moduleId,
        kind: registration.kind,
      })
    : [];
  const hints = canEdit ? await tumourHintProps(context, registration, locale) : null;
  return (
    <section className="space-y-4" id="top">
      {/* The heading gets the focus when the page opens; the next Tab is the first field. */}
      <h1 className="text-2xl font-bold text-brand-900">{t("formTitle", { module: declaration.name[locale] })}</h1>
      <RegistrationHeader registration={registration} />
      {!canEdit && <Notice tone="info">{t("readOnly")}</Notice>}
      {registration.status === "DRAFT" && registration.sourceRegistration && registration.prefilledFields && (
        <Notice tone="info">{(await getTranslations("projects"))("prefilled.notice", { reference: registration.sourceRegistration.reference ?? "—" })}</Notice>
      )}
      <PrefilledProvider fields={registration.status === "DRAFT" ? registration.prefilledFields : undefined}>
      <PersonListActionsProvider search={searchPersonListAction} add={addPersonListEntryAction}>
      <AttachmentsProvider registrationId={registration.id}>
      <FormPageClient
        registrationId={registration.id}
        version={registration.version}
        save={saveDraftAction}
        saveAndCheck={saveAndCheckAction}
        check={checkFormAction}
        issues={issues}
        form={shownForm(declaration, registration)}
        defaultValues={registration.formData}
        locale={locale}
        pickerLists={{ topography: getPickerList("topography", locale), morphology: getPickerList("morphology", locale) }}
        hospitalLists={registration.hospitalLists}
        storageKey={`wbcr:draft:${context.person.id}:${registration.id}`}
        readOnly={!canEdit}
        savedAt={registration.updatedAt.toISOString()}
        autosaveSeconds={autosaveSeconds()}
      >
        {hints && (
          <FormTumourHints
            facts={formOf(declaration, registration.kind ?? "INITIAL").facts}
            tumours={hints.tumours}
            moduleNames={hints.moduleNames}
            followUpModules={hints.followUpModules}
            locale={locale}
          />
        )}
      </FormPageClient>
      </AttachmentsProvider>
      </PersonListActionsProvider>
      </PrefilledProvider>
      <nav className="flex gap-3 text-sm" aria-label={t("formTitle", { module: declaration.name[locale] })}>
        <Link href={`/registrations/${id}/patient`} className="text-brand-700 underline">{t("actions.patientPage")}</Link>
        <Link href={`/registrations/${id}/summary`} className="text-brand-700 underline">{t("summaryTitle")}</Link>
      </nav>
    </section>
  );
}
