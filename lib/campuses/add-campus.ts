import { campusScope } from "@/lib/access/campus-policy";
import type { SessionContext } from "@/lib/access/session-context";
import { isUniqueViolation } from "@/lib/access-management/unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { translatedFieldErrors } from "@/lib/validation/field-errors";
import { campusSelect, type CampusEntry } from "./campus";
import { refused, type CampusResult } from "./result";
import { ZAddCampus, type TAddCampusInput } from "./schemas";

const duplicate = () => refused("duplicateSiteNumber", { siteNumber: ["errors.duplicateSiteNumber"] });

/** Adds a campus to the access manager's hospital list; its site number must be new to the list. */
export async function addCampus(context: SessionContext | null, input: TAddCampusInput, db: Db = getDb()): Promise<CampusResult<CampusEntry>> {
  const scope = campusScope(context, "manage");
  if (!scope) return refused("forbidden");
  const parsed = ZAddCampus.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { siteNumber, name } = parsed.data;
  try {
    return await db.$transaction(async (tx): Promise<CampusResult<CampusEntry>> => {
      const existing = await tx.campus.findUnique({ where: { organisationId_siteNumber: { organisationId: scope.organisationId, siteNumber } }, select: { id: true } });
      if (existing) return duplicate();
      const campus = await tx.campus.create({ data: { organisationId: scope.organisationId, siteNumber, name }, select: campusSelect });
      await recordAuditEvent(tx, scope.actor, { action: "campus.add", details: { campusId: campus.id, siteNumber, name } });
      return { ok: true, data: campus };
    });
  } catch (error) {
    // Someone added the same number at the same moment.
    if (isUniqueViolation(error)) return duplicate();
    throw error;
  }
}
