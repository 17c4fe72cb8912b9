import { campusScope } from "@/lib/access/campus-policy";
import type { SessionContext } from "@/lib/access/session-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { translatedFieldErrors } from "@/lib/validation/field-errors";
import { campusSelect, type CampusEntry } from "./campus";
import { refused, type CampusResult } from "./result";
import { ZRenameCampus, type TRenameCampusInput } from "./schemas";

/**
 * Renames a campus of the access manager's hospital. The site number never changes: it is what
 * registrations store, so a new name shows wherever they name the campus.
 */
export async function renameCampus(
  context: SessionContext | null,
  input: TRenameCampusInput,
  db: Db = getDb(),
): Promise<CampusResult<CampusEntry & { changed: boolean }>> {
  const scope = campusScope(context, "manage");
  if (!scope) return refused("forbidden");
  const parsed = ZRenameCampus.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { campusId, name } = parsed.data;
  return db.$transaction(async (tx): Promise<CampusResult<CampusEntry & { changed: boolean }>> => {
    const current = await tx.campus.findFirst({ where: { id: campusId, organisationId: scope.organisationId }, select: campusSelect });
    if (!current) return refused("notFound");
    if (current.name === name) return { ok: true, data: { ...current, changed: false } };
    const campus = await tx.campus.update({ where: { id: current.id }, data: { name }, select: campusSelect });
    await recordAuditEvent(tx, scope.actor, {
      action: "campus.rename",
      details: { campusId: campus.id, siteNumber: campus.siteNumber, name, previousName: current.name },
    });
    return { ok: true, data: { ...campus, changed: true } };
  });
}
