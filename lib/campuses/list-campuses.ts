import { campusScope } from "@/lib/access/campus-policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { bySiteNumber, campusSelect, type CampusEntry } from "./campus";
import { refused, type CampusResult } from "./result";

/** The caller's hospital campus list, active and deactivated, by site number. */
export async function listCampuses(context: SessionContext | null, db: Db = getDb()): Promise<CampusResult<CampusEntry[]>> {
  const scope = campusScope(context, "view");
  if (!scope) return refused("forbidden");
  const campuses = await db.campus.findMany({ where: { organisationId: scope.organisationId }, select: campusSelect });
  return { ok: true, data: campuses.sort(bySiteNumber) };
}
