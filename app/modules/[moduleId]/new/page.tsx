import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { identifyForModuleAction, submitNewPatientAction } from "@/app/registrations/patient-actions";
import { PatientIdentificationForm } from "@/components/patients/patient-identification-form";
import { canUseModule, responsiblePhysicianFor } from "@/lib/access/policy";
import { requireReadyContext } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";

export const dynamic = "force-dynamic";

export default async function NewRegistrationPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const context = await requireReadyContext(`/modules/${moduleId}/new`);
  const declaration = getModule(moduleId);
  if (!declaration) notFound();
  if (!canUseModule(context, declaration) || !responsiblePhysicianFor(context)) forbidden();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("registration");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("patientTitle", { module: declaration.name[locale] })}</h1>
      <PatientIdentificationForm
        locale={locale}
        moduleName={declaration.name[locale]}
        defaultValues={{ identificationPath: "INSZ", country: "BE" }}
        identify={identifyForModuleAction.bind(null, declaration.id)}
        submit={submitNewPatientAction.bind(null, declaration.id)}
      />
    </section>
  );
}
