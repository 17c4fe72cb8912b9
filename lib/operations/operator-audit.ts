/**
 * Operator commands are audited like every other change, with "operator" as the actor: no
 * person of WBCR did it, someone with shell access to the server did. Their login name (when the
 * system tells it) is kept as `details.operatorLogin` for the organisation's records.
 */
import { userInfo } from "node:os";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";

export const OPERATOR_ACTOR = "operator";

function operatorLogin(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}

export async function recordOperatorEvent(
  db: Pick<Db, "auditEvent">,
  organisationId: string,
  action: AuditAction,
  details: Record<string, Prisma.InputJsonValue | null>,
): Promise<void> {
  await recordAuditEvent(
    db,
    { personId: null, organisationId, actingForMembershipId: null },
    { action, details: { actor: OPERATOR_ACTOR, operatorLogin: operatorLogin(), ...details } },
  );
}
