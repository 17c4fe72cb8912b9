/**
 * F-REG-5 the other way round: a sent registration that was corrected points to the sent
 * correction that replaces it (the newest, when it was corrected more than once). The
 * correction's reference is shown to whoever sees the original; `readable` says whether the
 * user may also open it (the link is offered only then).
 */
import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";

export interface CorrectedBy {
  id: string;
  reference: string;
  readable: boolean;
}

/** Original reference → its newest sent correction, for the given originals. */
export async function findCorrections(
  context: SessionContext | null,
  references: readonly string[],
  db: Pick<Db, "registration"> = getDb(),
): Promise<Map<string, CorrectedBy>> {
  const found = new Map<string, CorrectedBy>();
  const visible = registrationWhere(context, "view");
  if (!visible || references.length === 0) return found;
  const where = { status: "SENT" as const, correctionOfReference: { in: [...new Set(references)] } };
  const [rows, readable] = await Promise.all([
    db.registration.findMany({
      where,
      select: { id: true, reference: true, correctionOfReference: true },
      orderBy: [{ sentAt: "desc" }, { id: "asc" }],
    }),
    db.registration.findMany({ where: { AND: [visible, where] }, select: { id: true } }),
  ]);
  const open = new Set(readable.map((row) => row.id));
  for (const row of rows) {
    if (!row.reference || !row.correctionOfReference || found.has(row.correctionOfReference)) continue;
    found.set(row.correctionOfReference, { id: row.id, reference: row.reference, readable: open.has(row.id) });
  }
  return found;
}

/** The sent correction of one sent registration, or null. */
export async function findCorrection(
  context: SessionContext | null,
  reference: string | null,
  db: Pick<Db, "registration"> = getDb(),
): Promise<CorrectedBy | null> {
  if (!reference) return null;
  return (await findCorrections(context, [reference], db)).get(reference) ?? null;
}
