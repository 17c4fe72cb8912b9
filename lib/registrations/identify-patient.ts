import { canUseModule } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { getModule } from "@/lib/modules/registry";
import type { IdentifiedPerson, IdentifyPerson } from "@/lib/patients/identify-person";
import { parseInsz } from "@/lib/patients/insz";
import { identifyPersonService } from "./identify-person-service";
import { findExistingRegistrations, type ExistingRegistrationCounts } from "./find-existing-registrations";

export type IdentifyPatientResult =
  | { status: "found"; person: IdentifiedPerson; existing: ExistingRegistrationCounts | null }
  | { status: "unknown" | "unavailable"; existing: ExistingRegistrations }
  | { status: "invalid"; reason: string }
  | { status: "forbidden" };

type ExistingRegistrations = ExistingRegistrationCounts | null;


/**
 * F-PAT-2/3: looks the INSZ up at IdentifyPerson and counts this patient's registrations in the
 * declaration. The lookup is audited: it reveals a person's identity.
 */
export async function identifyPatient(
  context: SessionContext | null,
  moduleId: string,
  insz: string,
  db: Db = getDb(),
  identify: IdentifyPerson = identifyPersonService(),
): Promise<IdentifyPatientResult> {
  const declaration = getModule(moduleId);
  if (!context || !declaration || !canUseModule(context, declaration)) return { status: "forbidden" };
  const parsed = parseInsz(insz);
  if (!parsed.ok) return { status: "invalid", reason: parsed.reason };
  const [answer, existing] = await Promise.all([
    identify.lookup(parsed.insz).catch(() => ({ status: "unavailable" as const })),
    findExistingRegistrations(context, moduleId, parsed.insz, db),
  ]);
  await recordAuditEvent(db, actorOf(context), { action: "patient.identify", moduleId, details: { outcome: answer.status } });
  if (answer.status === "found") return { status: "found", person: answer.person, existing };
  return { status: answer.status, existing };
}
