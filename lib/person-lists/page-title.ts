import type { Locale } from "@/lib/validation/types";
import { declaredPersonLists } from "./declared-lists";

/**
 * The title of the person-lists page and its header link: the list's own title when the modules
 * declare one list (as the manual's "MOC-deelnemers"), else null (the generic "Person lists").
 */
export function personListsPageTitle(locale: Locale): string | null {
  const lists = declaredPersonLists();
  return lists.length === 1 ? lists[0]!.title[locale] : null;
}
