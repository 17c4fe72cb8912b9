import type { RegistrationAction } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { findCorrection } from "./corrected-by";
import { loadRegistration } from "./load-registration";
import type { RegistrationView } from "./registration-view";

/** Opens a registration for viewing (form, summary) or printing; every opening is audited (F-SEC-1). */
export async function getRegistration(
  context: SessionContext | null,
  id: string,
  action: Extract<RegistrationAction, "view" | "print" | "edit"> = "view",
  db: Db = getDb(),
): Promise<RegistrationView | null> {
  if (!context) return null;
  const view = await loadRegistration(context, id, action, db);
  if (!view) return null;
  if (view.status === "SENT") view.correctedBy = await findCorrection(context, view.reference, db);
  await recordAuditEvent(db, actorOf(context), {
    action: action === "print" ? "registration.print" : "registration.view",
    moduleId: view.moduleId,
    registrationId: view.id,
    subjectOrganisationIds: [view.organisation.id],
  });
  return view;
}
