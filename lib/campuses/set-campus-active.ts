import { campusScope } from "@/lib/access/campus-policy";
import type { SessionContext } from "@/lib/access/session-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { translatedFieldErrors } from "@/lib/validation/field-errors";
import { campusSelect, type CampusEntry } from "./campus";
import { refused, type CampusResult } from "./result";
import { ZSetCampusActive, type TSetCampusActiveInput } from "./schemas";

/**
 * Deactivates or reactivates a campus of the access manager's hospital. Campuses are never
 * deleted: registrations store their site number. A deactivated campus is no longer offered in
 * new rows but still shows (number and name) where a registration names it, and stays valid there.
 */
export async function setCampusActive(
  context: SessionContext | null,
  input: TSetCampusActiveInput,
  db: Db = getDb(),
): Promise<CampusResult<CampusEntry & { changed: boolean }>> {
  const scope = campusScope(context, "manage");
  if (!scope) return refused("forbidden");
  const parsed = ZSetCampusActive.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { campusId, active } = parsed.data;
  return db.$transaction(async (tx): Promise<CampusResult<CampusEntry & { changed: boolean }>> => {
    const current = await tx.campus.findFirst({ where: { id: campusId, organisationId: scope.organisationId }, select: campusSelect });
    if (!current) return refused("notFound");
    if (current.active === active) return { ok: true, data: { ...current, changed: false } };
    const campus = await tx.campus.update({ where: { id: current.id }, data: { active }, select: campusSelect });
    await recordAuditEvent(tx, scope.actor, {
      action: active ? "campus.reactivate" : "campus.deactivate",
      details: { campusId: campus.id, siteNumber: campus.siteNumber, name: campus.name },
    });
    return { ok: true, data: { ...campus, changed: true } };
  });
}
