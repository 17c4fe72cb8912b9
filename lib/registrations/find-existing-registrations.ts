import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { blindIndex } from "@/lib/patients/identity-protection";
import { otherSources } from "./search-registrations";

export interface ExistingRegistrationCounts {
  saved: number;
  sent: number;
  /**
   * How many physician–hospital pairs list 2 of the Sent tab names for this patient (sent
   * registrations the user may not open): no more than list 2 shows, and not a count of registrations.
   */
  sentElsewhere: number;
  /** The most recently changed of those the user may open (initial form): what a copy starts from. */
  latest: { id: string; reference: string | null } | null;
}

/** F-PAT-3: registrations of this patient in this module, found by the INSZ's blind index. */
export async function findExistingRegistrations(
  context: SessionContext | null,
  moduleId: string,
  insz: string,
  db: Db = getDb(),
): Promise<ExistingRegistrationCounts | null> {
  const visible = registrationWhere(context, "view");
  const inszIndex = blindIndex("insz", insz);
  if (!visible || !inszIndex) return null;
  const samePatient = { moduleId, patient: { inszIndex } };
  const [saved, sent, others, latest] = await Promise.all([
    db.registration.count({ where: { AND: [visible, samePatient, { status: "DRAFT" }] } }),
    db.registration.count({ where: { AND: [visible, samePatient, { status: "SENT" }] } }),
    otherSources(visible, moduleId, { patient: { inszIndex } }, db),
    db.registration.findFirst({
      where: { AND: [visible, samePatient, { kind: "INITIAL" }] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { id: true, reference: true },
    }),
  ]);
  return { saved, sent, sentElsewhere: others.length, latest };
}
