import { randomUUID } from "node:crypto";
import { canUseModule, responsiblePhysicianFor } from "@/lib/access/policy";
import { isReady, type SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { getModule } from "@/lib/modules/registry";
import { protectPatient } from "@/lib/patients/identity-protection";
import { ZPatientIdentification, type TPatientIdentification } from "@/lib/patients/patient-schema";
import { ok, refuse, type Result } from "./result";

export interface CreateRegistrationInput {
  moduleId: string;
  patient: TPatientIdentification;
  identifiedByService: boolean;
}

/**
 * Starts a draft from the patient identification page. The responsible physician is the
 * specialist, or the physician an administrative employee acts for (F-ROLE-3).
 */
export async function createRegistration(
  context: SessionContext | null,
  input: CreateRegistrationInput,
  db: Db = getDb(),
): Promise<Result<{ id: string; version: number }>> {
  const declaration = getModule(input.moduleId);
  if (!declaration || !context || !isReady(context) || !canUseModule(context, declaration)) return refuse("forbidden");
  const physicianId = responsiblePhysicianFor(context);
  if (!physicianId) return refuse("forbidden");
  const patient = ZPatientIdentification.safeParse(input.patient);
  if (!patient.success) return refuse("invalid", { fieldErrors: fieldErrorsOf(patient.error.issues) });

  // The id is chosen here: the patient block's ciphertext is bound to it.
  const id = randomUUID();
  const created = await db.$transaction(async (tx) => {
    const registration = await tx.registration.create({
      data: {
        id,
        moduleId: declaration.id,
        organisationId: context.membership.organisationId,
        responsiblePhysicianId: physicianId,
        createdById: context.person.id,
        createdViaMembershipId: context.membership.id,
        formData: declaration.emptyDraft() as object,
        patient: { create: { ...protectPatient(patient.data, id), identifiedByService: input.identifiedByService } },
      },
    });
    await recordAuditEvent(tx, actorOf(context), { action: "registration.create", moduleId: declaration.id, registrationId: registration.id });
    return registration;
  });
  return ok({ id: created.id, version: created.version });
}

export function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
