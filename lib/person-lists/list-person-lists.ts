import { personListScope } from "@/lib/access/person-list-policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import type { Translated } from "@/lib/validation/types";
import { declaredPersonLists } from "./declared-lists";
import { entrySelect, type PersonListEntry } from "./entry";
import { refused, type PersonListResult } from "./result";

export interface PersonListOverview {
  key: string;
  /** The module's title of the list; null for a list no registered module declares any more. */
  title: Translated | null;
  entries: PersonListEntry[];
}

/**
 * The caller's hospital lists for the management page: every declared list (possibly empty), then
 * lists no module declares any more but that still hold entries, so they can be corrected and emptied.
 */
export async function listPersonLists(context: SessionContext | null, db: Db = getDb()): Promise<PersonListResult<PersonListOverview[]>> {
  const scope = personListScope(context, "view");
  if (!scope) return refused("forbidden");
  const entries = await db.personListEntry.findMany({
    where: { organisationId: scope.organisationId },
    orderBy: [{ lastNameSearch: "asc" }, { firstNameSearch: "asc" }, { riziv: "asc" }],
    select: entrySelect,
  });
  const declared = declaredPersonLists();
  const lists: PersonListOverview[] = declared.map(({ key, title }) => ({ key, title, entries: [] }));
  const byKey = new Map(lists.map((list) => [list.key, list]));
  for (const entry of entries) {
    let list = byKey.get(entry.listKey);
    if (!list) {
      list = { key: entry.listKey, title: null, entries: [] };
      byKey.set(list.key, list);
      lists.push(list);
    }
    list.entries.push(entry);
  }
  return { ok: true, data: lists };
}
