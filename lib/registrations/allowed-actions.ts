import { registrationWhere, type RegistrationAction } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";

/** Which actions the policy allows on one registration, for showing only usable buttons. */
export async function allowedActions(
  context: SessionContext | null,
  id: string,
  actions: readonly RegistrationAction[],
  db: Db = getDb(),
): Promise<Set<RegistrationAction>> {
  const allowed = new Set<RegistrationAction>();
  for (const action of actions) {
    const where = registrationWhere(context, action);
    if (where && (await db.registration.count({ where: { AND: [where, { id }] } })) > 0) allowed.add(action);
  }
  return allowed;
}
