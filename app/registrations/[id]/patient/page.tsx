import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { openRegistrationAction } from "@/app/registrations/actions";
import { identifyForModuleAction, submitDraftPatientAction } from "@/app/registrations/patient-actions";
import { tumourHintProps } from "@/app/registrations/tumour-hint-props";
import { PatientIdentificationForm } from "@/components/patients/patient-identification-form";
import { requireReadyContext } from "@/lib/access/verify-session";
import { uuidOrNotFound } from "@/lib/security/path-id";
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import { getRegistration } from "@/lib/registrations/get-registration";
import { RegistrationHeader } from "@/components/registration-pages/registration-header";
import { TumourHintList } from "@/components/tumour-hints/tumour-hint-list";

export const dynamic = "force-dynamic";

export default async function RegistrationPatientPage({ params }: { params: Promise<{ id: string }> }) {
  const id = uuidOrNotFound((await params).id);
  const context = await requireReadyContext(`/registrations/${id}/patient`);
  const registration = await getRegistration(context, id);
  const declaration = registration && getModule(registration.moduleId);
  if (!registration || !declaration) notFound();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("registration");
  const readOnly = registration.status === "SENT";
  // The patient's other tumours, as identified (INSZ, insurance or other number); compared on the form.
  const hints = readOnly ? null : await tumourHintProps(context, registration, locale);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("patientTitle", { module: declaration.name[locale] })}</h1>
      <RegistrationHeader registration={registration} />
      <PatientIdentificationForm
        locale={locale}
        moduleName={declaration.name[locale]}
        defaultValues={registration.patient}
        readOnly={readOnly}
        identify={identifyForModuleAction.bind(null, declaration.id)}
        submit={readOnly ? openRegistrationAction.bind(null, registration.id) : submitDraftPatientAction.bind(null, registration.id, registration.version)}
      />
      {hints && (
        <TumourHintList
          tumours={hints.tumours}
          hints={[]}
          compared={false}
          moduleNames={hints.moduleNames}
          followUpModules={hints.followUpModules}
          locale={locale}
        />
      )}
    </section>
  );
}
