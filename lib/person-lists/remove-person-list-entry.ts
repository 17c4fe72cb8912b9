import { personListScope } from "@/lib/access/person-list-policy";
import type { SessionContext } from "@/lib/access/session-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { translatedFieldErrors } from "@/lib/validation/field-errors";
import { entrySelect, type PersonListEntry } from "./entry";
import { refused, type PersonListResult } from "./result";
import { ZRemovePersonListEntry, type TRemovePersonListEntryInput } from "./schemas";

/**
 * Removes an entry of the caller's hospital list: later registrations no longer offer it.
 * Registrations that name the physician keep their own copy of name and number, so nothing
 * registered changes; the audit event keeps what was removed.
 */
export async function removePersonListEntry(
  context: SessionContext | null,
  input: TRemovePersonListEntryInput,
  db: Db = getDb(),
): Promise<PersonListResult<PersonListEntry>> {
  const scope = personListScope(context, "remove");
  if (!scope) return refused("forbidden");
  const parsed = ZRemovePersonListEntry.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));

  return db.$transaction(async (tx): Promise<PersonListResult<PersonListEntry>> => {
    const entry = await tx.personListEntry.findFirst({ where: { id: parsed.data.entryId, organisationId: scope.organisationId }, select: entrySelect });
    if (!entry) return refused("notFound");
    await tx.personListEntry.delete({ where: { id: entry.id } });
    await recordAuditEvent(tx, scope.actor, {
      action: "person_list.remove",
      details: { listKey: entry.listKey, entryId: entry.id, riziv: entry.riziv, lastName: entry.lastName, firstName: entry.firstName },
    });
    return { ok: true, data: entry };
  });
}
