import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { getModule } from "@/lib/modules/registry";
import { protectPatient } from "@/lib/patients/identity-protection";
import { ZPatientIdentification, type TPatientIdentification } from "@/lib/patients/patient-schema";
import { fieldErrorsOf } from "./create-registration";
import { explainMissedUpdate } from "./explain-missed-update";
import { ok, refuse, type Result } from "./result";

export interface SaveDraftInput {
  id: string;
  /** The version the user's copy started from (F-REG-7). */
  version: number;
  /** New form content; omitted when only the patient block changes. */
  formData?: unknown;
  patient?: { data: TPatientIdentification; identifiedByService: boolean };
}

/**
 * Saves a draft whatever its completeness (F-REG-1): only the shape is checked. The update
 * names the version it started from, so a concurrent save is refused, never overwritten.
 */
export async function saveDraft(
  context: SessionContext | null,
  input: SaveDraftInput,
  db: Db = getDb(),
): Promise<Result<{ version: number; savedAt: Date }>> {
  const where = registrationWhere(context, "edit");
  if (!context || !where) return refuse("not_found");
  const existing = await db.registration.findFirst({
    where: { AND: [registrationWhere(context, "view") ?? { id: "" }, { id: input.id }] },
    select: { moduleId: true },
  });
  if (!existing) return refuse("not_found");
  const declaration = getModule(existing.moduleId);
  if (!declaration) return refuse("not_found");

  let formData: object | undefined;
  if (input.formData !== undefined) {
    const parsed = declaration.draftSchema.safeParse(input.formData);
    if (!parsed.success) return refuse("invalid", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
    formData = parsed.data as object;
  }
  let patient: (ReturnType<typeof protectPatient> & { identifiedByService: boolean }) | undefined;
  if (input.patient) {
    const parsed = ZPatientIdentification.safeParse(input.patient.data);
    if (!parsed.success) return refuse("invalid", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
    patient = { ...protectPatient(parsed.data, input.id), identifiedByService: input.patient.identifiedByService };
  }

  const savedAt = new Date();
  const saved = await db.$transaction(async (tx) => {
    const { count } = await tx.registration.updateMany({
      where: { AND: [where, { id: input.id, version: input.version }] },
      data: {
        version: { increment: 1 },
        validationStatus: "NOT_VALIDATED",
        updatedAt: savedAt,
        ...(formData ? { formData } : {}),
      },
    });
    if (count === 0) return false;
    if (patient) await tx.registrationPatient.update({ where: { registrationId: input.id }, data: patient });
    await recordAuditEvent(tx, actorOf(context), {
      action: "registration.save",
      moduleId: existing.moduleId,
      registrationId: input.id,
      details: { version: input.version + 1, parts: [formData ? "form" : null, patient ? "patient" : null].filter(Boolean) as string[] },
    });
    return true;
  });
  if (!saved) return explainMissedUpdate(context, input.id, input.version, db);
  return ok({ version: input.version + 1, savedAt });
}
