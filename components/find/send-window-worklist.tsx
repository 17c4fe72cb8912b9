import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/modules/field-types/values";
import { formatInsz } from "@/lib/patients/insz";
import type { Worklist } from "@/lib/registrations/send-window-worklist";
import { headClass, rowLinkClass, tableClass, thClass } from "./styles";

/**
 * The send window's worklist on the Saved tab: the drafts the registry now expects (due) or
 * expected already (overdue), oldest first, each a link to its form. The status is said in
 * words as well as colour.
 */
export function SendWindowWorklist({ worklist }: { worklist: Worklist }) {
  const t = useTranslations("find.worklist");
  return (
    <section id="worklist" aria-labelledby="worklist-title" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-4">
      <h2 id="worklist-title" className="text-lg font-semibold text-brand-900">
        {t("title")} ({worklist.items.length}{worklist.more ? "+" : ""})
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {worklist.items.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white px-4 py-3">{t("empty")}</p>
      ) : (
        <>
          <WorklistTable worklist={{ ...worklist, items: worklist.items.slice(0, SHOWN) }} />
          {worklist.items.length > SHOWN && (
            <details className="space-y-2">
              <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-2">{t("showAll", { count: worklist.items.length })}</summary>
              <WorklistTable worklist={{ ...worklist, items: worklist.items.slice(SHOWN) }} />
            </details>
          )}
        </>
      )}
      {worklist.more && <p className="text-sm text-slate-700">{t("more")}</p>}
    </section>
  );
}

/** The first rows are shown; the others wait behind "show all" so the Saved list stays in view. */
const SHOWN = 10;

/** A cell; on a phone one line of the row's card (the lists' tdClass keeps a first column for their select box). */
const cellClass = "px-3 py-2 align-top max-sm:py-0.5";

function WorklistTable({ worklist }: { worklist: Worklist }) {
  const t = useTranslations("find.worklist");
  const locale = useLocale() as Locale;
  const day = (iso: string) => formatDate(iso, locale);
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className={tableClass}>
        {/* Under 640 px a row is a card whose cells say what they are: the header row would only stand in the way. */}
        <thead className={`${headClass} max-sm:hidden`}>
          <tr>
            <th scope="col" className={thClass}>{t("patient")}</th>
            <th scope="col" className={thClass}>{t(`from.${worklist.after}`)}</th>
            <th scope="col" className={thClass}>{t("due")}</th>
            <th scope="col" className={thClass}>{t("status")}</th>
            <th scope="col" className={thClass}>{t("physician")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {worklist.items.map((item) => (
            <tr key={item.id} className="max-sm:grid max-sm:grid-cols-1 max-sm:py-2">
              <td className={cellClass}>
                <Link href={`/registrations/${item.id}`} className={rowLinkClass}>
                  {item.patientName || formatInsz(item.patientIdentifier) || "—"}
                </Link>
              </td>
              <td className={cellClass}>
                <span className="sm:hidden">{t(`from.${worklist.after}`)}: </span>
                {day(item.from)}
              </td>
              <td className={cellClass}>
                <span className="sm:hidden">{t("due")}: </span>
                {day(item.due)}
              </td>
              <td className={cellClass}>
                <span className={item.status === "overdue" ? "rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white" : "rounded bg-amber-700 px-1.5 py-0.5 text-xs font-semibold text-white"}>
                  {t(`statuses.${item.status}`)}
                </span>
              </td>
              <td className={cellClass}>
                <span className="sm:hidden">{t("physician")}: </span>
                {item.responsiblePhysicianName}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
