import { canUseModule } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { lookedUpInsz } from "@/lib/audit/patient-lookup";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { getModule } from "@/lib/modules/registry";
import type { IdentifiedPerson, IdentifyPerson } from "@/lib/patients/identify-person";
import { parseInsz } from "@/lib/patients/insz";
import { checkRateLimit } from "@/lib/security/rate-limit";
import { identifyPersonService } from "./identify-person-service";
import { findExistingRegistrations, type ExistingRegistrationCounts } from "./find-existing-registrations";

export type IdentifyPatientResult =
  | { status: "found"; person: IdentifiedPerson; existing: ExistingRegistrationCounts | null }
  | { status: "unknown" | "unavailable" | "not_configured"; existing: ExistingRegistrations }
  | { status: "invalid"; reason: string }
  /** Too many lookups this minute (WBCR_RATE_LIMIT_SEARCH): the fields may still be typed in. */
  | { status: "rate_limited"; retryAfterSeconds: number; existing: null }
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
  // A lookup reveals who holds a number: the same per-person budget as a patient search, so
  // nobody can walk through the National Register.
  const decision = await checkRateLimit("search", { key: context.person.id, actor: actorOf(context) }, db);
  if (!decision.allowed) return { status: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds, existing: null };
  const [answer, existing] = await Promise.all([
    identify.lookup(parsed.insz).catch(() => ({ status: "unavailable" as const })),
    findExistingRegistrations(context, moduleId, parsed.insz, db),
  ]);
  await recordAuditEvent(db, actorOf(context), {
    action: "patient.identify",
    moduleId,
    details: { outcome: answer.status, patient: lookedUpInsz(parsed.insz) },
  });
  if (answer.status === "found") return { status: "found", person: answer.person, existing };
  return { status: answer.status, existing };
}
