import { personListScope } from "@/lib/access/person-list-policy";
import type { SessionContext } from "@/lib/access/session-context";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type Db } from "@/lib/db/client";
import { translatedFieldErrors } from "@/lib/validation/field-errors";
import { declaredPersonList } from "./declared-lists";
import { entrySelect, type PersonListEntry } from "./entry";
import { refused, type PersonListResult } from "./result";
import { rizivPrefix } from "./riziv";
import { ZSearchPersonList, type TSearchPersonListInput } from "./schemas";
import { searchText } from "./search-text";

/** Options offered at once; typing more narrows the list. */
export const SEARCH_LIMIT = 10;

/** Each typed word starts the last name, one of its words ("broeck" in "Van den Broeck") or the first name. */
function nameWhere(query: string): Prisma.PersonListEntryWhereInput[] {
  return searchText(query)
    .split(" ")
    .filter(Boolean)
    .map((word) => ({
      OR: [{ lastNameSearch: { startsWith: word } }, { lastNameSearch: { contains: ` ${word}` } }, { firstNameSearch: { startsWith: word } }],
    }));
}

/**
 * Autocomplete over the caller's hospital list `listKey`: by name prefix (accent-insensitive) or
 * by the first digits of the RIZIV/INAMI number, at most SEARCH_LIMIT entries by name. Text
 * without letters or digits finds nothing rather than the whole list.
 */
export async function searchPersonList(
  context: SessionContext | null,
  input: TSearchPersonListInput,
  db: Db = getDb(),
): Promise<PersonListResult<PersonListEntry[]>> {
  const scope = personListScope(context, "search");
  if (!scope) return refused("forbidden");
  const parsed = ZSearchPersonList.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { listKey, query } = parsed.data;
  if (!declaredPersonList(listKey)) return refused("unknownList");

  const digits = rizivPrefix(query);
  const conditions = digits ? [{ riziv: { startsWith: digits } }] : nameWhere(query);
  if (conditions.length === 0) return { ok: true, data: [] };
  const entries = await db.personListEntry.findMany({
    where: { organisationId: scope.organisationId, listKey, AND: conditions },
    orderBy: [{ lastNameSearch: "asc" }, { firstNameSearch: "asc" }, { riziv: "asc" }],
    take: SEARCH_LIMIT,
    select: entrySelect,
  });
  return { ok: true, data: entries };
}
