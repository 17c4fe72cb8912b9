import { randomUUID } from "node:crypto";
import { contentDates } from "./content-dates";
import { canUseModule, registrationWhere, responsiblePhysicianFor } from "@/lib/access/policy";
import { isReady, type SessionContext } from "@/lib/access/session-context";
import { copyAttachments } from "@/lib/attachments/copy-attachments";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { getModule } from "@/lib/modules/registry";
import type { AnyModuleDeclaration } from "@/lib/modules/types";
import { isUuid } from "@/lib/security/uuid";
import { blindIndex, protectPatient } from "@/lib/patients/identity-protection";
import { ZPatientIdentification, type TPatientIdentification } from "@/lib/patients/patient-schema";
import { ok, refuse, type Result } from "./result";

export interface CreateRegistrationInput {
  moduleId: string;
  patient: TPatientIdentification;
  identifiedByService: boolean;
  /**
   * The patient page's attempt (a uuid it was rendered with): the new draft takes it as its id,
   * so "Next" pressed again from the same page — after Back, or twice — continues that draft
   * instead of leaving an identical one behind (submit-patient.ts).
   */
  attemptId?: string;
  /** Start from a copy of this registration's content (same module and patient, through the policy). */
  copyFromId?: string;
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
  const protectedPatient = (id: string) => protectPatient(patient.data, id);

  let formData: unknown = declaration.emptyDraft();
  let copiedFromId: string | null = null;
  if (input.copyFromId) {
    const source = await copySource(context, declaration, input.copyFromId, patient.data, db);
    if (!source.ok) return source;
    formData = source.data.formData;
    copiedFromId = source.data.id;
  }

  // The id is chosen here: the patient block's ciphertext is bound to it.
  const id = input.attemptId ?? randomUUID();
  const created = await db.$transaction(async (tx) => {
    const registration = await tx.registration.create({
      data: {
        id,
        moduleId: declaration.id,
        organisationId: context.membership.organisationId,
        responsiblePhysicianId: physicianId,
        createdById: context.person.id,
        createdViaMembershipId: context.membership.id,
        formData: formData as object,
        ...contentDates(declaration.id, "INITIAL", formData),
        copiedFromId,
        patient: { create: { ...protectedPatient(id), identifiedByService: input.identifiedByService } },
      },
    });
    // A copy starts with the source's attached files too: its form data refers to them by id.
    if (copiedFromId) await copyAttachments(tx, copiedFromId, id, context.person.id);
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.create",
      moduleId: declaration.id,
      registrationId: registration.id,
      ...(copiedFromId ? { details: { copiedFrom: copiedFromId } } : {}),
    });
    return registration;
  });
  return ok({ id: created.id, version: created.version });
}

/**
 * The registration a copy starts from: one the user may view, of this module's initial form, and
 * of the same patient (the same identifier, compared by blind index) — a copy never carries one
 * patient's treatment into another's registration.
 */
async function copySource(
  context: SessionContext,
  declaration: AnyModuleDeclaration,
  sourceId: string,
  patient: TPatientIdentification,
  db: Db,
): Promise<Result<{ id: string; formData: unknown }>> {
  const visible = registrationWhere(context, "view");
  if (!declaration.prepareCopy || !visible || !isUuid(sourceId)) return refuse("not_found");
  const source = await db.registration.findFirst({
    where: { AND: [visible, { id: sourceId, moduleId: declaration.id, kind: "INITIAL" }] },
    select: { id: true, formData: true, patient: { select: { inszIndex: true, insuranceNumberIndex: true, otherIdentifierIndex: true } } },
  });
  if (!source?.patient) return refuse("not_found");
  const same = (a: string | null, b: string | null) => a !== null && a === b;
  const insz = blindIndex("insz", patient.insz);
  const samePatient =
    same(insz, source.patient.inszIndex) ||
    (insz === null && source.patient.inszIndex === null &&
      (same(blindIndex("insurance", patient.insuranceNumber), source.patient.insuranceNumberIndex) ||
        same(blindIndex("other", patient.otherIdentifier), source.patient.otherIdentifierIndex)));
  if (!samePatient) return refuse("copy_other_patient");
  return ok({ id: source.id, formData: declaration.prepareCopy(source.formData) });
}

export function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
