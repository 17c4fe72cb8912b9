import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionIcon, type ModuleAction } from "./action-icons";

export interface ModuleEntry {
  id: string;
  name: string;
  actions: { action: ModuleAction; href: string }[];
}

/** The modules with their action icons, and the legend behind the help icon (F-HOME-1..3). */
export function ModuleList({ modules }: { modules: ModuleEntry[] }) {
  const t = useTranslations("home");
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {modules.map((module) => (
          <li key={module.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <h3 className="font-semibold">{module.name}</h3>
            <ul className="flex flex-wrap gap-2" aria-label={t("actionsOf", { module: module.name })}>
              {module.actions.map(({ action, href }) => (
                <li key={action}>
                  <Link
                    href={href}
                    className="inline-flex items-center gap-1.5 rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
                  >
                    <ActionIcon action={action} />
                    {t(`actions.${action}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <details className="rounded border border-slate-200 bg-white px-4 py-3">
        <summary className="cursor-pointer font-medium">
          <span aria-hidden="true" className="mr-2 inline-flex h-5 w-5 items-center justify-center rounded-full border border-current text-xs">?</span>
          {t("legendTitle")}
        </summary>
        <dl className="mt-3 grid gap-2 sm:grid-cols-[auto_1fr]">
          {(["new", "followUp", "search", "bulkSend", "download"] as const).map((action) => (
            <div key={action} className="contents">
              <dt className="flex items-center gap-2 font-medium"><ActionIcon action={action} />{t(`actions.${action}`)}</dt>
              <dd className="text-slate-700">{t(`legend.${action}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
