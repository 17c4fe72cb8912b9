import { forbidden } from "next/navigation";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditFilterForm, type AuditFilterFormValues } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { PatientLookupForm } from "@/components/audit/patient-lookup-form";
import { formatInsz } from "@/lib/patients/insz";
import { auditPatientLookupAction } from "./actions";
import { Notice } from "@/components/ui/notice";
import { requireReadyContext } from "@/lib/access/verify-session";
import type { AuditFilterValues } from "@/lib/audit/audit-filters";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import type { Locale } from "@/lib/i18n/locales";
import { listModules } from "@/lib/modules/registry";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const filterNames = ["action", "person", "registration", "from", "to", "patient"] as const;

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

/** The query string of the filters (and a cursor), without empty ones. */
function queryOf(values: AuditFilterValues, cursor?: string): string {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = values[name];
    if (value) params.set(name, value);
  }
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/audit?${query}` : "/audit";
}

/** What the user typed, to show back in the form when it could not be used. */
function typedValues(params: SearchParams): AuditFilterFormValues {
  const out: AuditFilterFormValues = {};
  for (const name of filterNames) {
    const value = params[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first !== "") out[name] = first.slice(0, 100);
  }
  return out;
}

/** F-SEC-1: the oncology coordinator consults the audit trail of their hospital. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const context = await requireReadyContext(queryOf(typedValues(params)));
  const result = await listAuditEvents(context, params);
  if (!result.ok && result.code === "forbidden") forbidden();

  const t = await getTranslations("audit");
  const locale = (await getLocale()) as Locale;
  const organisationName = result.ok ? result.data.organisationName : context.membership.organisationName;
  const moduleNames = Object.fromEntries(listModules(locale).map((module) => [module.id, module.name[locale]]));
  const errors = result.ok ? undefined : result.fieldErrors;
  const values: AuditFilterFormValues = result.ok ? result.data.filters : typedValues(params);
  const hasCursor = typeof params.cursor === "string" && params.cursor !== "";

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro", { organisation: organisationName })}</p>
      </div>

      <section aria-labelledby="audit-filter-heading" className="space-y-3">
        <h2 id="audit-filter-heading" className="text-xl font-semibold">{t("filters.heading")}</h2>
        {errors && (
          <Notice tone="error">
            <p className="font-semibold">{t("errors.summary")}</p>
            {errors.cursor && (
              <p>
                {t("errors.cursorInvalid")} <Link href={queryOf(values)} className="underline">{t("pagination.first")}</Link>
              </p>
            )}
          </Notice>
        )}
        <AuditFilterForm key={JSON.stringify(values)} values={values} errors={errors} />
        <PatientLookupForm
          action={auditPatientLookupAction}
          insz={result.ok && result.data.patientInsz ? formatInsz(result.data.patientInsz) : null}
          invalid={params.patientInvalid === "1" || Boolean(errors?.patient)}
        />
      </section>

      {result.ok && (
        <section aria-label={t("table.caption", { organisation: organisationName })} className="space-y-3">
          <p className="text-sm text-slate-600" role="status">{t("pagination.pageSize", { count: result.data.rows.length })}</p>
          <AuditTable rows={result.data.rows} organisationName={organisationName} moduleNames={moduleNames} />
          {(result.data.nextCursor || hasCursor) && (
            <nav aria-label={t("pagination.label")} className="flex flex-wrap gap-6">
              {hasCursor && (
                <Link href={queryOf(result.data.filters)} className="text-brand-700 underline">{t("pagination.first")}</Link>
              )}
              {result.data.nextCursor && (
                <Link href={queryOf(result.data.filters, result.data.nextCursor)} rel="next" className="font-medium text-brand-700 underline">
                  {t("pagination.next")}
                </Link>
              )}
            </nav>
          )}
        </section>
      )}
    </div>
  );
}
