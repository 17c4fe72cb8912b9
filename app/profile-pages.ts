import { getLocale, getTranslations } from "next-intl/server";
import type { SessionContext } from "@/lib/access/session-context";
import type { Locale } from "@/lib/i18n/locales";
import { declaredPersonLists } from "@/lib/person-lists/declared-lists";
import { personListsPageTitle } from "@/lib/person-lists/page-title";

/** Pages that only some profiles have, linked from the header. Each page checks access itself. */
export async function profilePages(context: SessionContext): Promise<{ href: string; label: string }[]> {
  const fn = context.membership?.function;
  const pages: { href: string; label: string }[] = [];
  if (fn === "ACCESS_MANAGER") {
    pages.push({ href: "/access-management", label: (await getTranslations("accessManagement"))("title") });
    pages.push({ href: "/access-management/campuses", label: (await getTranslations("campuses"))("title") });
  }
  if (fn === "COORDINATOR") pages.push({ href: "/audit", label: (await getTranslations("audit"))("title") });
  // The hospital's person lists (e.g. MOC participants), while a registered module declares one.
  if ((fn === "COORDINATOR" || fn === "SPECIALIST") && declaredPersonLists().length > 0) {
    pages.push({ href: "/person-lists", label: personListsPageTitle((await getLocale()) as Locale) ?? (await getTranslations("personLists"))("title") });
  }
  return pages;
}
