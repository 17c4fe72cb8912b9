import type { SessionContext } from "@/lib/access/session-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { findOrCreatePersonByInsz, findPersonByInsz } from "@/lib/people/person-by-insz";
import { managerScope } from "./manager-scope";
import { refused, type AccessManagementResult } from "./result";
import { ZAddMember, type TAddMemberInput } from "./schemas";
import { isUniqueViolation } from "./unique-violation";
import { translatedFieldErrors } from "@/lib/validation/field-errors";

export interface AddedMember {
  personId: string;
  membershipId: string;
  /** False when WBCR already knew the person (e.g. through another hospital): their name was kept. */
  personCreated: boolean;
}

/**
 * Gives a person a function in the manager's hospital, creating the person when WBCR does not
 * know their INSZ yet. A person known through another hospital keeps the name on record: the
 * names typed here are used only for a new person, so no hospital rewrites another's data.
 */
export async function addMember(
  context: SessionContext | null,
  input: TAddMemberInput,
  db: Db = getDb(),
): Promise<AccessManagementResult<AddedMember>> {
  const scope = managerScope(context);
  if (!scope) return refused("forbidden");
  const parsed = ZAddMember.safeParse(input);
  if (!parsed.success) return refused("invalidInput", translatedFieldErrors(parsed.error));
  const { insz, firstName, lastName, function: fn, nihii, specialty } = parsed.data;
  const { organisationId, actor } = scope;

  try {
    return await db.$transaction(async (tx): Promise<AccessManagementResult<AddedMember>> => {
      const existing = await findPersonByInsz(tx, insz);
      // Separation of duties: managers do not grant themselves functions (e.g. coordinator).
      if (existing?.id === scope.personId) return refused("ownAccess");
      if (existing) {
        const current = await tx.membership.findUnique({
          where: { personId_organisationId_function: { personId: existing.id, organisationId, function: fn } },
          select: { active: true },
        });
        if (current) return refused(current.active ? "membershipExists" : "membershipExistsInactive");
      }

      const { id: personId } = existing ?? (await findOrCreatePersonByInsz(tx, { insz, firstName, lastName }));
      if (!existing) await recordAuditEvent(tx, actor, { action: "access.person.create", details: { personId } });

      const membership = await tx.membership.create({
        data: { personId, organisationId, function: fn, nihii: nihii ?? null, specialty: specialty ?? null },
        select: { id: true },
      });
      await recordAuditEvent(tx, actor, {
        action: "access.membership.create",
        details: { personId, membershipId: membership.id, function: fn },
      });
      return { ok: true, data: { personId, membershipId: membership.id, personCreated: !existing } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("conflict");
    throw error;
  }
}
