import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { getRegistration } from "./get-registration";
import { loadRegistration } from "./load-registration";
import type { RegistrationView } from "./registration-view";
import { validateRegistration, type RegistrationOutcome } from "./validate-registration";

/**
 * The summary page (a GET): the registration and its validation, computed and shown, nothing
 * written but the audit of the opening (registration.view, F-SEC-1). Recording the outcome is
 * `checkRegistration`'s, run by the form's "Next" (a POST).
 */
export async function reviewRegistration(
  context: SessionContext | null,
  id: string,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<{ registration: RegistrationView; outcome: RegistrationOutcome } | null> {
  const registration = await getRegistration(context, id, "view", db);
  if (!registration) return null;
  return { registration, outcome: validateRegistration(registration, { today: now, sendDate: registration.sentAt ?? now }) };
}

/**
 * "Next" (a POST): validates a registration on the server (F-REG-2) and records the outcome on a
 * draft, so the Saved list can show it. The content is untouched, so the version stays.
 */
export async function checkRegistration(
  context: SessionContext | null,
  id: string,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<{ registration: RegistrationView; outcome: RegistrationOutcome } | null> {
  if (!context) return null;
  const registration = await loadRegistration(context, id, "view", db);
  if (!registration) return null;
  const outcome = validateRegistration(registration, { today: now, sendDate: registration.sentAt ?? now });
  if (registration.status === "DRAFT" && registration.validationStatus !== outcome.status) {
    await db.registration.updateMany({
      where: { id, version: registration.version, status: "DRAFT" },
      data: { validationStatus: outcome.status },
    });
  }
  await recordAuditEvent(db, actorOf(context), {
    action: "registration.validate",
    moduleId: registration.moduleId,
    registrationId: id,
    details: { errors: outcome.errorCount, warnings: outcome.warningCount },
  });
  return { registration, outcome };
}
