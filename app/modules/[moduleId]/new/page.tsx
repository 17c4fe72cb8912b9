import { randomUUID } from "node:crypto";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { identifyForModuleAction, submitNewPatientAction } from "@/app/registrations/patient-actions";
import { PatientIdentificationForm } from "@/components/patients/patient-identification-form";
import { Notice } from "@/components/ui/notice";
import { canUseModule, responsiblePhysicianFor } from "@/lib/access/policy";
import { requireReadyContext } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import { getRegistration } from "@/lib/registrations/get-registration";
import { uuidOrNotFound } from "@/lib/security/path-id";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The patient page of a new registration. `?from=<registration id>` starts it for that
 * registration's patient (read through the policy; the address never holds an identifier), and
 * `&copy=1` also takes that registration's content as the starting point. No draft exists until
 * "Next" with a valid patient; the attempt id makes a second "Next" continue the same draft.
 */
export default async function NewRegistrationPage({ params, searchParams }: { params: Promise<{ moduleId: string }>; searchParams: Promise<SearchParams> }) {
  const { moduleId } = await params;
  const raw = await searchParams;
  const fromParam = first(raw.from);
  const here = `/modules/${moduleId}/new${fromParam ? `?${new URLSearchParams({ from: fromParam, ...(first(raw.copy) === "1" ? { copy: "1" } : {}) })}` : ""}`;
  const context = await requireReadyContext(here);
  const declaration = getModule(moduleId);
  if (!declaration) notFound();
  if (!canUseModule(context, declaration) || !responsiblePhysicianFor(context)) forbidden();
  const source = fromParam ? await getRegistration(context, uuidOrNotFound(fromParam)) : null;
  if (fromParam && (!source || source.moduleId !== declaration.id)) notFound();
  const copy = source !== null && first(raw.copy) === "1" && declaration.prepareCopy !== undefined && source.kind !== "FOLLOW_UP";

  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("registration");
  const sourceName = source ? (source.reference ?? t("newFrom.savedRegistration")) : "";
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("patientTitle", { module: declaration.name[locale] })}</h1>
      {source && (
        <Notice tone="info">
          <p>{t("newFrom.patient", { source: sourceName })}</p>
          {copy && <p className="mt-1 font-semibold">{t("newFrom.copy", { source: sourceName })}</p>}
        </Notice>
      )}
      <PatientIdentificationForm
        locale={locale}
        moduleName={declaration.name[locale]}
        defaultValues={source ? source.patient : { identificationPath: "INSZ", country: "BE" }}
        identify={identifyForModuleAction.bind(null, declaration.id)}
        submit={submitNewPatientAction.bind(null, declaration.id, { attemptId: randomUUID(), ...(copy && source ? { copyFromId: source.id } : {}) })}
      />
    </section>
  );
}
