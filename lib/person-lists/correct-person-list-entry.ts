import { personListScope } from "@/lib/access/person-list-policy";
import type { SessionContext } from "@/lib/access/session-context";
import { isUniqueViolation } from "@/lib/access-management/unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { translatedFieldErrors } from "@/lib/validation/field-errors";
import { entrySelect, personColumns, type PersonListEntry } from "./entry";
import { refused, type PersonListResult } from "./result";
import { ZCorrectPersonListEntry, type TCorrectPersonListEntryInput } from "./schemas";

export interface CorrectedEntry {
  entry: PersonListEntry;
  /** Which of lastName, firstName, riziv changed; empty when nothing did (nothing written nor audited). */
  changed: ("lastName" | "firstName" | "riziv")[];
}

/**
 * Corrects the name or number of an entry of the caller's hospital list. Registrations already
 * saved keep the copy they were saved with: the list is what later registrations are offered.
 */
export async function correctPersonListEntry(
  context: SessionContext | null,
  input: TCorrectPersonListEntryInput,
  db: Db = getDb(),
): Promise<PersonListResult<CorrectedEntry>> {
  const scope = personListScope(context, "correct");
  if (!scope) return refused("forbidden");
  const parsed = ZCorrectPersonListEntry.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { entryId, ...person } = parsed.data;

  try {
    return await db.$transaction(async (tx): Promise<PersonListResult<CorrectedEntry>> => {
      const current = await tx.personListEntry.findFirst({ where: { id: entryId, organisationId: scope.organisationId }, select: entrySelect });
      if (!current) return refused("notFound");
      const changed = (["lastName", "firstName", "riziv"] as const).filter((key) => current[key] !== person[key]);
      if (changed.length === 0) return { ok: true, data: { entry: current, changed: [] } };
      const entry = await tx.personListEntry.update({ where: { id: current.id }, data: personColumns(person), select: entrySelect });
      await recordAuditEvent(tx, scope.actor, {
        action: "person_list.correct",
        details: { listKey: current.listKey, entryId: current.id, changed, riziv: entry.riziv, ...(changed.includes("riziv") ? { previousRiziv: current.riziv } : {}) },
      });
      return { ok: true, data: { entry, changed } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("duplicateRiziv", { riziv: ["errors.duplicateRiziv"] });
    throw error;
  }
}
