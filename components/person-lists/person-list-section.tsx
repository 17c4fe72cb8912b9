import { useTranslations } from "next-intl";
import type { FormAction } from "@/components/access-management/use-form-action";
import type { PersonListOverview } from "@/lib/person-lists/list-person-lists";
import type { Locale } from "@/lib/validation/types";
import { AddEntryForm } from "./add-entry-form";
import { EntryItem } from "./entry-item";
import { listHeadingId } from "./ids";

export interface PersonListActionsProps {
  add: FormAction;
  correct: FormAction;
  remove: FormAction;
}

/** One list of the hospital: its physicians with correct/remove and, for a declared list, a form to add one. */
export function PersonListSection({ list, locale, actions }: { list: PersonListOverview; locale: Locale; actions: PersonListActionsProps }) {
  const t = useTranslations("personLists");
  const headingId = listHeadingId(list.key);
  const addHeadingId = `${headingId}-add`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        {list.title ? list.title[locale] : t("undeclared", { key: list.key })}{" "}
        <span className="text-base font-normal text-slate-600">({t("count", { count: list.entries.length })})</span>
      </h2>
      {list.entries.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white px-3">
          {list.entries.map((entry) => (
            <EntryItem key={entry.id} entry={entry} correct={actions.correct} remove={actions.remove} />
          ))}
        </ul>
      )}
      {list.title && (
        <div className="space-y-2">
          <h3 id={addHeadingId} className="font-semibold">
            {t("add.heading")}
          </h3>
          <AddEntryForm listKey={list.key} headingId={addHeadingId} action={actions.add} />
        </div>
      )}
    </section>
  );
}
