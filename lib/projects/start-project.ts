/**
 * "Fill in now" (manual §6.1.1 a), from the sent page or the Projects tab: the project's
 * registration starts from the standard registration — its patient block copied (encrypted anew
 * for the new row) and the fields its declaration names filled from the tumour facts, recorded
 * as prefilled so the form marks them; every field stays editable. The new registration keeps
 * the link to its source (`sourceRegistrationId`). Asking twice opens the same draft.
 */
import { randomUUID } from "node:crypto";
import { canUseModule, projectOfferWhere, responsiblePhysicianFor } from "@/lib/access/policy";
import { isReady, type SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { prefillDraft } from "@/lib/modules/projects";
import { getModule } from "@/lib/modules/registry";
import { copyPatientBlock } from "@/lib/patients/identity-protection";
import { ok, refuse, type Result } from "@/lib/registrations/result";
import { isUuid } from "@/lib/security/uuid";
import { factsOfRegistration } from "./activated-projects";
import { stillOpen } from "./open-offers";

export async function startProjectRegistration(
  context: SessionContext | null,
  input: { offerId: string },
  db: Db = getDb(),
): Promise<Result<{ id: string }>> {
  const where = projectOfferWhere(context);
  const physicianId = responsiblePhysicianFor(context);
  if (!context || !isReady(context) || !where || !physicianId) return refuse("forbidden");
  if (!isUuid(input.offerId)) return refuse("not_found");
  const offer = await db.projectOffer.findFirst({
    where: { AND: [where, { id: input.offerId, status: { in: ["OPEN", "LATER", "STARTED"] } }] },
    select: {
      id: true,
      status: true,
      projectModuleId: true,
      projectRegistrationId: true,
      sourceRegistration: { select: { id: true, moduleId: true, kind: true, reference: true, formData: true, status: true, patient: true } },
    },
  });
  const project = offer && getModule(offer.projectModuleId);
  if (!offer || !project?.project || !canUseModule(context, project)) return refuse("not_found");
  if (offer.status === "STARTED" && offer.projectRegistrationId) return ok({ id: offer.projectRegistrationId });
  const source = offer.sourceRegistration;
  if (source.status !== "SENT" || !source.patient) return refuse("not_found");

  const facts = factsOfRegistration(source.moduleId, source.kind, source.formData);
  const { formData, prefilled } = prefillDraft(project.project, facts, project.emptyDraft());
  const id = randomUUID();
  const patient = copyPatientBlock(source.patient, id);
  const started = await db.$transaction(async (tx) => {
    // A started draft that was deleted since (its link set to null) may be started again.
    const { count } = await tx.projectOffer.updateMany({
      where: { AND: [stillOpen, { id: offer.id }] },
      data: { status: "STARTED", decidedById: context.person.id, decidedAt: new Date() },
    });
    if (count === 0) return null;
    await tx.registration.create({
      data: {
        id,
        moduleId: project.id,
        organisationId: context.membership.organisationId,
        responsiblePhysicianId: physicianId,
        createdById: context.person.id,
        createdViaMembershipId: context.membership.id,
        formData: formData as object,
        sourceRegistrationId: source.id,
        patient: { create: patient },
      },
    });
    await tx.projectOffer.update({ where: { id: offer.id }, data: { projectRegistrationId: id, prefilledFields: prefilled } });
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.create",
      moduleId: project.id,
      registrationId: id,
      details: { projectOf: source.reference, prefilled: Object.keys(prefilled) },
    });
    return id;
  });
  if (started) return ok({ id: started });
  // Started in another tab meanwhile: open that one.
  const again = await db.projectOffer.findFirst({ where: { id: offer.id }, select: { projectRegistrationId: true } });
  return again?.projectRegistrationId ? ok({ id: again.projectRegistrationId }) : refuse("not_found");
}
