import { randomUUID } from "node:crypto";
import { contentDates } from "./content-dates";
import { canUseModule, registrationWhere, responsiblePhysicianFor } from "@/lib/access/policy";
import { isReady, type SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { followUpStart } from "@/lib/modules/follow-up-start";
import { getModule } from "@/lib/modules/registry";
import { copyPatientBlock } from "@/lib/patients/identity-protection";
import { ok, refuse, type Result } from "./result";

/**
 * Starts a follow-up draft of a sent registration the user may see (F-HOME-2): same module and
 * patient block (copied, encrypted anew for the new row), the module's follow-up form started with
 * what it takes from the original (followUpStart), the user as creator and their responsible
 * physician, as for a new registration.
 */
export async function createFollowUp(
  context: SessionContext | null,
  input: { originalId: string },
  db: Db = getDb(),
): Promise<Result<{ id: string; version: number }>> {
  const visible = registrationWhere(context, "view");
  const physicianId = responsiblePhysicianFor(context);
  if (!context || !isReady(context) || !visible || !physicianId) return refuse("forbidden");
  const original = await db.registration.findFirst({
    where: { AND: [visible, { id: input.originalId, status: "SENT", kind: "INITIAL" }] },
    select: { id: true, moduleId: true, reference: true, formData: true, patient: true },
  });
  const declaration = original && getModule(original.moduleId);
  if (!original?.patient || !declaration?.followUp || !canUseModule(context, declaration)) return refuse("not_found");
  const newId = randomUUID();
  const patient = copyPatientBlock(original.patient, newId);

  const created = await db.$transaction(async (tx) => {
    const registration = await tx.registration.create({
      data: {
        id: newId,
        moduleId: declaration.id,
        kind: "FOLLOW_UP",
        followUpOfId: original.id,
        organisationId: context.membership.organisationId,
        responsiblePhysicianId: physicianId,
        createdById: context.person.id,
        createdViaMembershipId: context.membership.id,
        formData: followUpStart(declaration.followUp!, original.formData) as object,
        patient: { create: patient },
      },
    });
    // The dates lists and downloads filter by, from whatever content the follow-up starts with.
    await tx.registration.update({ where: { id: registration.id }, data: contentDates(declaration.id, "FOLLOW_UP", registration.formData) });
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.create",
      moduleId: declaration.id,
      registrationId: registration.id,
      details: { followUpOf: original.reference },
    });
    return registration;
  });
  return ok({ id: created.id, version: created.version });
}
