import { randomUUID } from "node:crypto";
import { contentDates } from "./content-dates";
import { registrationWhere } from "@/lib/access/policy";
import { isReady, type SessionContext } from "@/lib/access/session-context";
import { copyAttachments } from "@/lib/attachments/copy-attachments";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { formOf, getModule } from "@/lib/modules/registry";
import { copyPatientBlock } from "@/lib/patients/identity-protection";
import { ok, refuse, type Result } from "./result";

/**
 * F-REG-5: a sent registration is never changed; a correction is a new draft, prefilled with
 * the original's content and patient, citing its reference and marked "Corrected version".
 */
export async function createCorrectedVersion(
  context: SessionContext | null,
  id: string,
  db: Db = getDb(),
): Promise<Result<{ id: string; version: number }>> {
  const where = registrationWhere(context, "correct");
  if (!context || !isReady(context) || !where) return refuse("not_found");
  const original = await db.registration.findFirst({ where: { AND: [where, { id }] }, include: { patient: true } });
  const declaration = original && getModule(original.moduleId);
  if (!original?.reference || !original.patient || !declaration) return refuse("not_found");

  const newId = randomUUID();
  const patient = copyPatientBlock(original.patient, newId);
  const created = await db.$transaction(async (tx) => {
    const copy = await tx.registration.create({
      data: {
        id: newId,
        moduleId: original.moduleId,
        organisationId: original.organisationId,
        // The original's physician stays responsible, whoever prepares the correction.
        responsiblePhysicianId: original.responsiblePhysicianId,
        createdById: context.person.id,
        createdViaMembershipId: context.membership.id,
        correctionOfReference: original.reference,
        // A corrected follow-up is a follow-up of the same original.
        kind: original.kind,
        followUpOfId: original.followUpOfId,
        formData: formOf(declaration, original.kind).prepareCorrection(original.formData) as object,
        ...contentDates(original.moduleId, original.kind, formOf(declaration, original.kind).prepareCorrection(original.formData)),
        patient: { create: patient },
      },
    });
    // The attached files (MOC reports) stay with the content: copied under the same ids, sealed for the copy.
    await copyAttachments(tx, original.id, newId, context.person.id);
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.correct",
      moduleId: original.moduleId,
      registrationId: copy.id,
      details: { correctionOf: original.reference },
    });
    return copy;
  });
  return ok({ id: created.id, version: created.version });
}
