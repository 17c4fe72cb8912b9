import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DownloadForm } from "@/components/exports/download-form";
import { canReadModule, readerAudience, registrationWhere } from "@/lib/access/policy";
import { seesOwnUse } from "@/lib/modules/audience";
import { requireReadyContext } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import { hasNeverSentFields } from "@/lib/exports/data-dictionary";

export const dynamic = "force-dynamic";

/** F-BULK-2..3: choose what to download and confirm the sensitive-data notice. */
export default async function DownloadPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const context = await requireReadyContext(`/modules/${moduleId}/download`);
  const declaration = getModule(moduleId);
  if (!declaration) notFound();
  if (!canReadModule(context, declaration) || !registrationWhere(context, "export")) forbidden();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("exports");
  const isRegistryStaff = context.membership.function === "REGISTRY_STAFF";
  const kinds = isRegistryStaff ? (["sent"] as const) : (["saved", "sent"] as const);
  // The hospital's own export has the fields never sent to the registry (§5.5); registry staff never get it.
  const audiences = seesOwnUse(readerAudience(context)) && hasNeverSentFields(declaration.id) ? (["registry", "hospital"] as const) : [];
  return (
    <section className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900">{t("title", { module: declaration.name[locale] })}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <DownloadForm action={`/modules/${declaration.id}/download/file`} kinds={kinds} contentDates={declaration.searchDates ?? []} audiences={audiences} />
      <section aria-labelledby="dictionary-title" className="space-y-1 rounded border border-slate-200 bg-white px-4 py-3">
        <h2 id="dictionary-title" className="font-semibold">{t("dictionaryTitle")}</h2>
        <p className="text-sm text-slate-700">{t("dictionaryText")}</p>
        {/* A file download, not a page: a plain link, no client-side navigation. */}
        <a href={`/modules/${declaration.id}/data-dictionary`} className="text-brand-700 underline" download>
          {t("dictionaryLink")}
        </a>
        {audiences.length > 0 && (
          <p>
            <a href={`/modules/${declaration.id}/data-dictionary?audience=hospital`} className="text-brand-700 underline" download>
              {t("dictionaryHospitalLink")}
            </a>
          </p>
        )}
      </section>
    </section>
  );
}
