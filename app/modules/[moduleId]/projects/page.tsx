import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { answerProjectOfferAction } from "@/app/registrations/project-actions";
import { FindTabs } from "@/components/find/search-controls";
import { MocDateField } from "@/components/projects/moc-date-field";
import { ProjectOfferList } from "@/components/projects/project-offer-list";
import { projectsTabHref } from "@/components/projects/projects-href";
import { Notice } from "@/components/ui/notice";
import { canReadModule, canUseModule } from "@/lib/access/policy";
import { requireReadyContext } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/modules/field-types/values";
import { allModules, getModule } from "@/lib/modules/registry";
import { recallPatientSearch } from "@/lib/patients/patient-search";
import { hasProjectsTab } from "@/lib/projects/activated-projects";
import { searchProjectOffers } from "@/lib/projects/list-offers";
import { searchProjectsAction } from "./actions";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * §5.8c, the Projects tab of a standard module's search: its sent registrations that still
 * qualify for a project (offer not answered, or "later"), by INSZ / insurance number (kept on the
 * server), MOC date and project; each row starts the prefilled project registration.
 */
export default async function ProjectsTabPage({ params, searchParams }: { params: Promise<{ moduleId: string }>; searchParams: Promise<SearchParams> }) {
  const { moduleId } = await params;
  const raw = await searchParams;
  const context = await requireReadyContext(projectsTabHref(moduleId));
  const declaration = getModule(moduleId);
  if (!declaration || declaration.kind !== "standard") notFound();
  if (!canReadModule(context, declaration)) forbidden();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("projects");
  const tf = await getTranslations("find");

  const searchId = first(raw.search) || undefined;
  const recalled = searchId ? await recallPatientSearch(context, searchId) : null;
  const query = recalled ?? "";
  const mocDate = first(raw.moc) || undefined;
  const projectId = first(raw.project) || undefined;
  const projects = allModules().filter((module) => module.project && canUseModule(context, module));
  const allowed = hasProjectsTab(context, declaration.id);
  const result = allowed ? await searchProjectOffers(context, { query: query || undefined, mocDate, projectId }) : null;
  const filtered = Boolean(query || mocDate || projectId);
  const here = projectsTabHref(declaration.id, { searchId: recalled ? searchId : undefined, mocDate, projectId });
  const projectName = (id: string) => getModule(id)?.name[locale] ?? id;
  const refusal = first(raw.projectError);

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{t("search.title", { module: declaration.name[locale] })}</h1>
      <FindTabs moduleId={declaration.id} tab={null} extra={{ href: projectsTabHref(declaration.id), label: t("tab"), current: true }} />
      <p className="max-w-3xl text-slate-800">{t("search.intro")}</p>
      {!allowed && <Notice tone="info">{t("search.forbidden")}</Notice>}
      {allowed && (
        // Keyed by the filters: "clear" (a link to this page) must empty the fields, not keep what was typed.
        <form key={here} action={searchProjectsAction} role="search" className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <input type="hidden" name="moduleId" value={declaration.id} />
          <div className="flex flex-wrap items-end gap-4">
            <div>
              <label htmlFor="projects-query" className="block font-semibold">{t("search.query")}</label>
              <input id="projects-query" name="q" type="search" defaultValue={query} maxLength={60} autoComplete="off" spellCheck={false} className="mt-1 w-72 max-w-full rounded border border-slate-400 px-3 py-2" />
            </div>
            <MocDateField id="projects-moc" name="moc" label={t("search.mocDate")} value={mocDate} />
            <div>
              <label htmlFor="projects-project" className="block font-semibold">{t("search.project")}</label>
              <select id="projects-project" name="project" defaultValue={projectId ?? ""} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
                <option value="">{t("search.allProjects")}</option>
                {projects.map((project) => (
                  <option key={project.id} value={project.id}>{project.name[locale]}</option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{t("search.submit")}</button>
            {filtered && <Link href={projectsTabHref(declaration.id)} className="py-2 text-brand-700 underline underline-offset-2">{t("search.clear")}</Link>}
          </div>
        </form>
      )}
      {searchId && !recalled && <Notice tone="warning">{tf("search.expired")}</Notice>}
      {(refusal === "not_found" || refusal === "forbidden" || refusal === "invalid") && <Notice tone="error">{t(`refusal.${refusal}`)}</Notice>}
      {result && !result.ok && result.code === "invalid" && <Notice tone="error">{t("search.invalid")}</Notice>}
      {result && !result.ok && result.code === "rate_limited" && <Notice tone="warning">{t("search.rateLimited", { seconds: result.retryAfterSeconds })}</Notice>}
      {result?.ok && (
        <ProjectOfferList
          rows={result.data.map((row) => ({ ...row, projectName: projectName(row.projectModuleId) }))}
          formatDate={(iso) => formatDate(iso, locale)}
          returnTo={here}
          answer={answerProjectOfferAction}
        />
      )}
    </section>
  );
}
