/**
 * After sending (inside the send's transaction, so a sent registration always has its offers):
 * one offer per project the registration activates, for its hospital — except projects refused
 * "never" for this patient in this hospital (manual §6.1.1 c).
 */
import type { Prisma } from "@/generated/prisma/client";
import { isIsoDate } from "@/lib/modules/dates";
import type { RegistrationKind } from "@/lib/modules/types";
import { activatedProjects, factsOfRegistration, patientKeyOf } from "./activated-projects";

export interface OfferSource {
  id: string;
  moduleId: string;
  kind: RegistrationKind;
  organisationId: string;
  formData: unknown;
}

/** The project ids offered (none refused before); creating twice changes nothing. */
export async function offerProjects(tx: Prisma.TransactionClient, source: OfferSource): Promise<string[]> {
  const projects = activatedProjects(source.moduleId, source.kind, source.formData);
  if (projects.length === 0) return [];
  const patient = await tx.registrationPatient.findUnique({
    where: { registrationId: source.id },
    select: { inszIndex: true, insuranceNumberIndex: true, otherIdentifierIndex: true },
  });
  const patientKey = patientKeyOf(patient);
  const refused = patientKey
    ? await tx.projectOffer.findMany({
        where: { organisationId: source.organisationId, patientKey, status: "NEVER", projectModuleId: { in: projects.map((p) => p.id) } },
        select: { projectModuleId: true },
      })
    : [];
  const offered = projects.filter((project) => !refused.some((r) => r.projectModuleId === project.id)).map((project) => project.id);
  if (offered.length === 0) return [];
  const mocDate = dateColumn(factsOfRegistration(source.moduleId, source.kind, source.formData).mocDate);
  await tx.projectOffer.createMany({
    data: offered.map((projectModuleId) => ({
      organisationId: source.organisationId,
      sourceRegistrationId: source.id,
      projectModuleId,
      patientKey,
      mocDate,
    })),
    skipDuplicates: true,
  });
  return offered;
}

/** A real calendar day as a date column; anything else (a year alone, 2026-02-31) none. */
export function dateColumn(iso: string | undefined): Date | null {
  if (!isIsoDate(iso)) return null;
  const date = new Date(`${iso}T00:00:00.000Z`);
  return date.toISOString().slice(0, 10) === iso ? date : null;
}
