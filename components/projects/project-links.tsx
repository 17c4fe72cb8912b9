import Link from "next/link";
import { useTranslations } from "next-intl";

export interface LinkItem {
  id: string;
  reference: string | null;
  moduleName: string;
}

const link = "font-medium text-brand-700 underline underline-offset-2 hover:decoration-2";

function Linked({ item }: { item: LinkItem }) {
  const t = useTranslations("projects.links");
  return (
    <>
      <Link href={`/registrations/${item.id}/summary`} className={link}>
        {item.moduleName}: {item.reference ?? t("unsent")}
      </Link>
    </>
  );
}

/**
 * The link between a project registration and the standard registration it came from (manual
 * §6.1.1), on both summaries: "started from" on the project's, "project registrations" on the
 * standard one's.
 */
export function ProjectLinks({ source, projects }: { source?: LinkItem; projects: readonly LinkItem[] }) {
  const t = useTranslations("projects.links");
  if (!source && projects.length === 0) return null;
  return (
    <dl className="space-y-1 rounded border border-slate-200 bg-white px-4 py-3 text-sm" data-project-links>
      {source && (
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-slate-600">{t("source")}:</dt>
          <dd><Linked item={source} /></dd>
        </div>
      )}
      {projects.length > 0 && (
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-slate-600">{t("projects")}:</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-4">
              {projects.map((item) => (
                <li key={item.id}><Linked item={item} /></li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
