"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { DateInput } from "@/components/ui/date-input";
import { findHref, type DateFilter, type FindTab } from "./types";

interface DateSearchProps {
  moduleId: string;
  tab: FindTab;
  /** The dates of the content this module searches by (its `searchDates`), e.g. the MOC date. */
  dates: readonly DateFilter["by"][];
  /** The date search in force, if any. */
  current?: DateFilter;
  /** A patient search in force, kept (by its id) when searching by date as well. */
  searchId?: string;
}

/**
 * Search by a date of the content (manual §5.8: "de datum van MOC"), beside the search by patient:
 * a plain GET form to the list (a date identifies nobody, so it may sit in the address).
 */
export function DateSearch({ moduleId, tab, dates, current, searchId }: DateSearchProps) {
  const t = useTranslations("find.dateSearch");
  const [by, setBy] = useState<DateFilter["by"]>(current?.by ?? dates[0] ?? "mocDate");
  const [on, setOn] = useState(current?.on ?? "");
  const [problem, setProblem] = useState(false);
  if (dates.length === 0) return null;
  return (
    <form
      method="get"
      action={`/modules/${encodeURIComponent(moduleId)}/registrations`}
      aria-labelledby="date-search-title"
      className="space-y-2 rounded border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        if (problem || on === "") event.preventDefault();
      }}
    >
      <h2 id="date-search-title" className="font-semibold">{t("title")}</h2>
      <input type="hidden" name="tab" value={tab} />
      {searchId && <input type="hidden" name="search" value={searchId} />}
      <div className="flex flex-wrap items-end gap-3">
        {dates.length > 1 ? (
          <div className="flex flex-col">
            <label htmlFor="date-search-by" className="text-sm font-medium">{t("which")}</label>
            <select id="date-search-by" name="dateBy" value={by} onChange={(event) => setBy(event.target.value as DateFilter["by"])} className="rounded border border-slate-400 px-3 py-2">
              {dates.map((date) => (
                <option key={date} value={date}>{t(`dates.${date}`)}</option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="dateBy" value={by} />
        )}
        <div className="flex flex-col">
          <label htmlFor="date-search-on" className="text-sm font-medium">{dates.length > 1 ? t("on") : t(`dates.${by}`)}</label>
          <DateInput id="date-search-on" name="on" value={on} onValueChange={(value, found) => { setOn(value); setProblem(found !== null); }} />
        </div>
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
          {t("submit")}
        </button>
        {current && (
          <Link href={findHref(moduleId, tab, searchId)} className="text-brand-700 underline underline-offset-2">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
