import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import type { Db } from "@/lib/db/client";
import { refuse, type Result } from "./result";

/** A conditional update touched no row: say why, without revealing rows the user may not see. */
export async function explainMissedUpdate<T>(
  context: SessionContext,
  id: string,
  version: number,
  db: Pick<Db, "registration">,
): Promise<Result<T>> {
  const visible = registrationWhere(context, "view");
  const row = visible ? await db.registration.findFirst({ where: { AND: [visible, { id }] }, select: { status: true, version: true } }) : null;
  if (!row) return refuse("not_found");
  if (row.status === "SENT") return refuse("already_sent");
  if (row.version !== version) return refuse("stale");
  return refuse("forbidden");
}
