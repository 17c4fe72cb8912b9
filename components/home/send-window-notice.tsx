import Link from "next/link";
import { useTranslations } from "next-intl";

export interface SendWindowNoticeEntry {
  moduleId: string;
  moduleName: string;
  due: number;
  overdue: number;
}

/**
 * The home page's reminder of the send window's worklist: per module, how many drafts the
 * registry now expects (due) or expected already (overdue), with a link to the worklist on the
 * Saved tab. Shown after the module list, so the list keeps its place in the keyboard order.
 */
export function SendWindowNotice({ entries }: { entries: SendWindowNoticeEntry[] }) {
  const t = useTranslations("home.worklist");
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="worklist-notice-heading" className="space-y-2 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-amber-950">
      <h2 id="worklist-notice-heading" className="font-semibold">{t("heading")}</h2>
      <ul className="space-y-1">
        {entries.map((entry) => (
          <li key={entry.moduleId} className="flex flex-wrap items-baseline gap-x-2">
            <span>
              {entries.length > 1 && <span className="font-medium">{entry.moduleName}: </span>}
              {t("counts", { due: entry.due, overdue: entry.overdue })}
            </span>
            <Link href={`/modules/${entry.moduleId}/registrations?tab=saved#worklist`} className="font-medium text-brand-800 underline underline-offset-2">
              {t("link", { module: entry.moduleName })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
