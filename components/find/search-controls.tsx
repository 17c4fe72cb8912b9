import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OtherSource } from "@/lib/registrations/search-registrations";
import { findHref, type DateFilter, type FindTab } from "./types";
import { captionClass, headClass, tableClass, tdClass, thClass } from "./styles";

export { findHref, type DateFilter, type FindTab };

/**
 * F-FIND-1: the search form, posted to a server action (works without scripts too): the
 * identifier is kept on the server and never appears in the address (lib/patients/patient-search.ts).
 */
export function SearchForm({ moduleId, tab, query, search }: { moduleId: string; tab: FindTab; query: string; search: (formData: FormData) => Promise<void> }) {
  const t = useTranslations("find.search");
  return (
    <form action={search} role="search" className="space-y-2 rounded border border-slate-200 bg-white p-4">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="tab" value={tab} />
      <label htmlFor="find-query" className="block font-semibold">
        {t("label")}
      </label>
      <p id="find-query-hint" className="text-sm text-slate-600">
        {t("hint")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id="find-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={60}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="find-query-hint"
          className="w-full max-w-sm rounded border border-slate-400 px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
          {t("submit")}
        </button>
        {query && (
          <Link href={findHref(moduleId, tab)} className="text-brand-700 underline underline-offset-2">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}

/** A tab after Saved and Sent that another page serves (the standard module's Projects tab, §5.8c). */
export interface ExtraTab {
  href: string;
  label: string;
  current: boolean;
}

const tabClass = (current: boolean) =>
  "-mb-px inline-block rounded-t border px-5 py-2 font-semibold " +
  (current ? "border-slate-300 border-b-white bg-white text-brand-900" : "border-transparent text-brand-700 hover:bg-brand-50");

/** The Saved and Sent tabs: links that keep the search (by its id); the current one is marked for screen readers. */
export function FindTabs({ moduleId, tab, searchId, date, extra }: { moduleId: string; tab: FindTab | null; searchId?: string; date?: DateFilter; extra?: ExtraTab }) {
  const t = useTranslations("find.tabs");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 border-b border-slate-300">
        {(["saved", "sent"] as const).map((name) => {
          const current = name === tab;
          return (
            <li key={name}>
              <Link href={findHref(moduleId, name, searchId, undefined, date)} aria-current={current ? "page" : undefined} className={tabClass(current)}>
                {t(name)}
              </Link>
            </li>
          );
        })}
        {extra && (
          <li>
            <Link href={extra.href} aria-current={extra.current ? "page" : undefined} className={tabClass(extra.current)}>
              {extra.label}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Keyset pages: back to the first page, or on to the next one (F-FIND-4). */
export function FindPagination({ moduleId, tab, searchId, after, nextCursor, date }: { moduleId: string; tab: FindTab; searchId?: string; after?: string; nextCursor: string | null; date?: DateFilter }) {
  const t = useTranslations("find.pagination");
  if (!after && !nextCursor) return null;
  const link = "rounded border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50";
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-3">
        {after && (
          <li>
            <Link href={findHref(moduleId, tab, searchId, undefined, date)} className={link}>
              {t("first")}
            </Link>
          </li>
        )}
        {nextCursor && (
          <li>
            <Link href={findHref(moduleId, tab, searchId, nextCursor, date)} className={link}>
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/**
 * F-FIND-2 list 2: sent registrations of the same patient that the user may not open. Only the
 * physician and the hospital — no link, no date, no medical content.
 */
export function OtherSources({ others }: { others: OtherSource[] }) {
  const t = useTranslations("find.others");
  return (
    <section aria-labelledby="others-title" className="space-y-2">
      <h2 id="others-title" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {others.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white px-4 py-3">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className={tableClass}>
            <caption className={`${captionClass} sr-only`}>{t("caption")}</caption>
            <thead className={headClass}>
              <tr>
                <th scope="col" className={thClass}>{t("physician")}</th>
                <th scope="col" className={thClass}>{t("hospital")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {others.map((other) => (
                <tr key={`${other.physicianName}@${other.organisationName}`}>
                  <td className={tdClass}>{other.physicianName}</td>
                  <td className={tdClass}>{other.organisationName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
