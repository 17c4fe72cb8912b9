import { registrationScope, registrationWhere, type RegistrationAction } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import type { RegistrationView } from "./registration-view";

/** What the policy's scope compares on a registration already loaded (through the policy). */
export type ScopedRegistration = Pick<RegistrationView, "moduleId" | "status" | "organisation" | "responsiblePhysician">;

/**
 * Which actions the policy allows on a loaded registration, computed from the row: the same
 * equality conditions as registrationWhere, without asking the database again.
 */
export function allowedActionsOn(
  context: SessionContext | null,
  registration: ScopedRegistration,
  actions: readonly RegistrationAction[],
): Set<RegistrationAction> {
  const allowed = new Set<RegistrationAction>();
  for (const action of actions) {
    const scope = registrationScope(context, action);
    if (!scope || !scope.moduleIds.includes(registration.moduleId)) continue;
    if (scope.status && scope.status !== registration.status) continue;
    if (scope.organisationId && scope.organisationId !== registration.organisation.id) continue;
    if (scope.responsiblePhysicianId && scope.responsiblePhysicianId !== registration.responsiblePhysician.membershipId) continue;
    allowed.add(action);
  }
  return allowed;
}

/**
 * Which actions the policy allows on one registration, for showing only usable buttons: from
 * the loaded registration when the page has it, else by asking the database (one count per action).
 */
export async function allowedActions(
  context: SessionContext | null,
  registration: string | ScopedRegistration,
  actions: readonly RegistrationAction[],
  db: Db = getDb(),
): Promise<Set<RegistrationAction>> {
  if (typeof registration !== "string") return allowedActionsOn(context, registration, actions);
  const allowed = new Set<RegistrationAction>();
  for (const action of actions) {
    const where = registrationWhere(context, action);
    if (where && (await db.registration.count({ where: { AND: [where, { id: registration }] } })) > 0) allowed.add(action);
  }
  return allowed;
}
