import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { blindIndex } from "@/lib/patients/identity-protection";

export interface ExistingRegistrationCounts {
  saved: number;
  sent: number;
  /** Sent registrations of this patient the user may not open (other physicians or hospitals). */
  sentElsewhere: number;
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
  const [saved, sent, sentAnywhere] = await Promise.all([
    db.registration.count({ where: { AND: [visible, samePatient, { status: "DRAFT" }] } }),
    db.registration.count({ where: { AND: [visible, samePatient, { status: "SENT" }] } }),
    db.registration.count({ where: { ...samePatient, status: "SENT" } }),
  ]);
  return { saved, sent, sentElsewhere: sentAnywhere - sent };
}
