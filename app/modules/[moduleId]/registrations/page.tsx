import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DateSearch } from "@/components/find/date-search";
import { SavedResults } from "@/components/find/saved-results";
import { FindPagination, FindTabs, OtherSources, SearchForm, type DateFilter, type FindTab } from "@/components/find/search-controls";
import { SendWindowWorklist } from "@/components/find/send-window-worklist";
import { SentResults } from "@/components/find/sent-results";
import { Notice } from "@/components/ui/notice";
import { canReadModule, canUseModule, responsiblePhysicianFor } from "@/lib/access/policy";
import { requireReadyContext } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import { formatDate } from "@/lib/modules/field-types/values";
import { searchRegistrations } from "@/lib/registrations/search-registrations";
import { sendWindowWorklist } from "@/lib/registrations/send-window-worklist";
import { projectsTabHref } from "@/components/projects/projects-href";
import { hasProjectsTab } from "@/lib/projects/activated-projects";
import { recallPatientSearch } from "@/lib/patients/patient-search";
import { deleteDraftFromListAction, searchPatientAction } from "./actions";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * F-FIND-1..4: the Saved and Sent lists of a declaration, optionally for one patient. Everything the
 * page shows comes from `searchRegistrations`, which filters by the access policy in the query.
 */
export default async function FindRegistrationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ moduleId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { moduleId } = await params;
  const raw = await searchParams;
  const tabParam = first(raw.tab);
  const context = await requireReadyContext(`/modules/${moduleId}/registrations${tabParam === "saved" || tabParam === "sent" ? `?tab=${tabParam}` : ""}`);
  const declaration = getModule(moduleId);
  if (!declaration) notFound();
  const isRegistryStaff = context.membership.function === "REGISTRY_STAFF";
  if (!canReadModule(context, declaration)) forbidden();

  // Registry staff work with sent registrations only; everybody else starts with their drafts.
  const tab: FindTab = tabParam === "saved" || tabParam === "sent" ? tabParam : isRegistryStaff ? "sent" : "saved";
  // The patient searched for comes from the server, by the search's id: never from the URL.
  const searchId = first(raw.search) || undefined;
  const recalled = searchId ? await recallPatientSearch(context, searchId) : null;
  const searchExpired = searchId !== undefined && recalled === null;
  const query = recalled ?? "";
  const activeSearch = recalled ? searchId : undefined;
  const after = first(raw.after) || undefined;
  // Search by a date of the content (§5.8): only a date the module declares, as a full day.
  const dateBy = first(raw.dateBy);
  const on = first(raw.on);
  const date: DateFilter | undefined =
    (dateBy === "incidenceDate" || dateBy === "mocDate") && declaration.searchDates?.includes(dateBy) && on && /^\d{4}-\d{2}-\d{2}$/.test(on) ? { by: dateBy, on } : undefined;

  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("find");
  const result =
    tab === "saved" && isRegistryStaff
      ? null
      : await searchRegistrations(context, { moduleId: declaration.id, tab, query: query || undefined, after: after && after.length <= 200 ? after : undefined, date });
  if (result && !result.ok && result.code === "forbidden") forbidden();
  const data = result?.ok ? result.data : null;
  // The drafts due or overdue (a module's send window), on the Saved tab's first page without a search.
  const worklist = tab === "saved" && !isRegistryStaff && !query && !date && !after ? await sendWindowWorklist(context, declaration.id) : null;

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{t("title", { module: declaration.name[locale] })}</h1>
      <SearchForm moduleId={declaration.id} tab={tab} query={query} search={searchPatientAction} />
      <DateSearch moduleId={declaration.id} tab={tab} dates={declaration.searchDates ?? []} current={date} searchId={activeSearch} />
      <FindTabs
        moduleId={declaration.id}
        tab={tab}
        searchId={activeSearch}
        date={date}
        extra={hasProjectsTab(context, declaration.id) ? { href: projectsTabHref(declaration.id), label: (await getTranslations("projects"))("tab"), current: false } : undefined}
      />
      {searchExpired && <Notice tone="warning">{t("search.expired")}</Notice>}
      {query && data && <p className="font-medium text-slate-800">{t("search.resultsFor", { query })}</p>}
      {date && data && <p className="font-medium text-slate-800">{t("dateSearch.resultsFor", { date: t(`dateSearch.dates.${date.by}`), day: formatDate(date.on, locale) })}</p>}
      {result && !result.ok && result.code === "rate_limited" && (
        <Notice tone="warning">{t("search.rateLimited", { seconds: result.retryAfterSeconds })}</Notice>
      )}
      {result && !result.ok && result.code === "invalid" && <Notice tone="error">{t("search.invalid")}</Notice>}
      {tab === "saved" && isRegistryStaff && <Notice tone="info">{t("saved.registryStaff")}</Notice>}
      {worklist && <SendWindowWorklist worklist={worklist} />}
      {data && (
        <>
          {tab === "saved" ? (
            <SavedResults moduleId={declaration.id} items={data.items} hasQuery={!!query} remove={deleteDraftFromListAction} />
          ) : (
            <SentResults
              moduleId={declaration.id}
              items={data.items}
              hasQuery={!!query}
              showOrganisation={isRegistryStaff}
              canStartNew={canUseModule(context, declaration) && responsiblePhysicianFor(context) !== null}
              canCopy={declaration.prepareCopy !== undefined}
            />
          )}
          <FindPagination moduleId={declaration.id} tab={tab} searchId={activeSearch} after={after} nextCursor={data.nextCursor} date={date} />
          {tab === "sent" && query && <OtherSources others={data.others} />}
        </>
      )}
    </section>
  );
}
