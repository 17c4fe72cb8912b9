import { personListScope } from "@/lib/access/person-list-policy";
import type { SessionContext } from "@/lib/access/session-context";
import { isUniqueViolation } from "@/lib/access-management/unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { translatedFieldErrors } from "@/lib/validation/field-errors";
import { declaredPersonList } from "./declared-lists";
import { entrySelect, personColumns, type PersonListEntry } from "./entry";
import { refused, type PersonListResult } from "./result";
import { ZAddPersonListEntry, type TAddPersonListEntryInput } from "./schemas";

export interface AddedEntry {
  entry: PersonListEntry;
  /** False when the list already had this RIZIV/INAMI number: that entry is returned unchanged. */
  created: boolean;
}

/**
 * A physician typed in a registration for the first time joins the hospital's list, so later
 * registrations find them. The RIZIV/INAMI number identifies them: a number already on the list
 * reuses that entry (its name as the list has it; correcting it is the list page's job).
 */
export async function addPersonListEntry(
  context: SessionContext | null,
  input: TAddPersonListEntryInput,
  db: Db = getDb(),
): Promise<PersonListResult<AddedEntry>> {
  const scope = personListScope(context, "add");
  if (!scope) return refused("forbidden");
  const parsed = ZAddPersonListEntry.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { listKey, ...person } = parsed.data;
  if (!declaredPersonList(listKey)) return refused("unknownList");
  const where = { organisationId_listKey_riziv: { organisationId: scope.organisationId, listKey, riziv: person.riziv } };

  const existing = await db.personListEntry.findUnique({ where, select: entrySelect });
  if (existing) return { ok: true, data: { entry: existing, created: false } };
  try {
    return await db.$transaction(async (tx) => {
      const entry = await tx.personListEntry.create({
        data: { organisationId: scope.organisationId, listKey, ...personColumns(person), createdById: scope.actor.personId! },
        select: entrySelect,
      });
      await recordAuditEvent(tx, scope.actor, { action: "person_list.add", details: { listKey, entryId: entry.id, riziv: entry.riziv } });
      return { ok: true as const, data: { entry, created: true } };
    });
  } catch (error) {
    // Someone added the same number at the same moment: theirs is the entry.
    if (!isUniqueViolation(error)) throw error;
    const entry = await db.personListEntry.findUnique({ where, select: entrySelect });
    if (!entry) throw error;
    return { ok: true, data: { entry, created: false } };
  }
}
