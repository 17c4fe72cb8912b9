/**
 * The answers "later" and "never for this patient" to a project offer (manual §6.1.1 b, c).
 * "Never" closes every open or postponed offer of that project for the same patient in the
 * hospital, and offerProjects() makes no new one; starting the project from the home page stays
 * possible (§6.1.2). A started offer is not reopened.
 */
import { projectOfferWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { ok, refuse, type Result } from "@/lib/registrations/result";
import { isUuid } from "@/lib/security/uuid";
import { stillOpen } from "./open-offers";

export type OfferChoice = "later" | "never";

export async function decideProjectOffer(
  context: SessionContext | null,
  input: { offerId: string; choice: OfferChoice },
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Result<{ sourceRegistrationId: string; closed: number }>> {
  const where = projectOfferWhere(context);
  if (!context || !where) return refuse("forbidden");
  if (!isUuid(input.offerId) || (input.choice !== "later" && input.choice !== "never")) return refuse("invalid");
  const offer = await db.projectOffer.findFirst({
    where: { AND: [where, stillOpen, { id: input.offerId }] },
    select: { id: true, organisationId: true, projectModuleId: true, patientKey: true, sourceRegistrationId: true },
  });
  if (!offer) return refuse("not_found");
  const decided = { decidedById: context.person.id, decidedAt: now };
  const closed = await db.$transaction(async (tx) => {
    let count: number;
    if (input.choice === "later") {
      ({ count } = await tx.projectOffer.updateMany({ where: { AND: [stillOpen, { id: offer.id }] }, data: { status: "LATER", ...decided } }));
    } else {
      ({ count } = await tx.projectOffer.updateMany({
        where: {
          organisationId: offer.organisationId,
          projectModuleId: offer.projectModuleId,
          AND: [stillOpen, { OR: [{ id: offer.id }, ...(offer.patientKey ? [{ patientKey: offer.patientKey }] : [])] }],
        },
        data: { status: "NEVER", ...decided },
      }));
    }
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.project_decision",
      moduleId: offer.projectModuleId,
      registrationId: offer.sourceRegistrationId,
      details: { choice: input.choice, offers: count },
    });
    return count;
  });
  return ok({ sourceRegistrationId: offer.sourceRegistrationId, closed });
}
