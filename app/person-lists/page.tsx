import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import {
  addPersonListEntryFormAction,
  correctPersonListEntryAction,
  removePersonListEntryAction,
} from "@/app/person-lists/actions";
import { PERSON_LISTS_STATUS_ID } from "@/components/person-lists/ids";
import { PersonListSection } from "@/components/person-lists/person-list-section";
import { requireReadyContext } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";
import { listPersonLists } from "@/lib/person-lists/list-person-lists";
import { personListsPageTitle } from "@/lib/person-lists/page-title";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("personLists");
  return { title: personListsPageTitle((await getLocale()) as Locale) ?? t("title") };
}

/** Coordinators' and specialists' page of their hospital's person lists ("MOC-deelnemers"): correct or remove entries. */
export default async function PersonListsPage() {
  const context = await requireReadyContext("/person-lists");
  const result = await listPersonLists(context);
  if (!result.ok) forbidden();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("personLists");
  const actions = { add: addPersonListEntryFormAction, correct: correctPersonListEntryAction, remove: removePersonListEntryAction };
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{personListsPageTitle(locale) ?? t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro", { organisation: context.membership.organisationName })}</p>
        <p id={PERSON_LISTS_STATUS_ID} role="status" className="font-medium text-green-800 empty:hidden" />
      </div>
      {result.data.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        result.data.map((list) => <PersonListSection key={list.key} list={list} locale={locale} actions={actions} />)
      )}
    </div>
  );
}
