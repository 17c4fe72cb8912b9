import { Prisma } from "@/generated/prisma/client";
import { contentDates } from "./content-dates";
import { registrationScope, registrationWhere, scopeSql, type RegistrationScope } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { formOf, getModule } from "@/lib/modules/registry";
import type { RegistrationKind } from "@/lib/modules/types";
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
 * A registration's module and kind never change, so after the first save of a draft its next
 * saves skip looking them up; the UPDATE names them again in its WHERE, so a wrong entry could
 * only make a save miss, never store content of another form. Bounded: cleared when full.
 */
const formOfDraft = new Map<string, { moduleId: string; kind: RegistrationKind }>();
const REMEMBERED_DRAFTS = 10_000;

async function lookUpForm(context: SessionContext, id: string, db: Db) {
  const known = formOfDraft.get(id);
  if (known) return known;
  const row = await db.registration.findFirst({
    where: { AND: [registrationWhere(context, "view") ?? { id: "" }, { id }] },
    select: { moduleId: true, kind: true },
  });
  if (!row) return null;
  if (formOfDraft.size >= REMEMBERED_DRAFTS) formOfDraft.clear();
  formOfDraft.set(id, row);
  return row;
}

/** Prisma's DateTime columns hold UTC without a zone: the same writing for raw SQL. */
const utcTimestamp = (at: Date) => at.toISOString().replace("Z", "");

/**
 * The form-only save in one statement (no transaction round trips): the UPDATE under the
 * policy's scope, module and kind, and the audit row of the rows it changed.
 */
async function saveFormInOneStatement(
  db: Db,
  context: SessionContext,
  scope: RegistrationScope,
  target: { id: string; version: number; moduleId: string; kind: RegistrationKind },
  formData: object,
  savedAt: Date,
): Promise<boolean> {
  const actor = actorOf(context);
  const at = utcTimestamp(savedAt);
  const details = JSON.stringify({ version: target.version + 1, parts: ["form"] });
  const dates = contentDates(target.moduleId, target.kind, formData);
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH saved AS (
      UPDATE "Registration" AS r
      SET "version" = r."version" + 1, "validationStatus" = 'NOT_VALIDATED', "updatedAt" = ${at}::timestamp(3), "formData" = ${JSON.stringify(formData)}::jsonb,
        "incidenceDate" = ${dates.incidenceDate}::date, "mocDate" = ${dates.mocDate}::date
      WHERE r."id" = ${target.id}::uuid AND r."version" = ${target.version} AND r."moduleId" = ${target.moduleId}
        AND r."kind" = ${target.kind}::"RegistrationKind" AND ${scopeSql(scope)}
      RETURNING r."id", r."moduleId"
    ), audit AS (
      INSERT INTO "AuditEvent" ("at", "action", "personId", "organisationId", "actingForMembershipId", "moduleId", "registrationId", "details")
      SELECT ${at}::timestamp(3), 'registration.save', ${actor.personId}::uuid, ${actor.organisationId}::uuid, ${actor.actingForMembershipId}::uuid,
        saved."moduleId", saved."id", ${details}::jsonb
      FROM saved
    )
    SELECT "id"::text FROM saved`);
  return rows.length === 1;
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
  const scope = registrationScope(context, "edit");
  if (!context || !where || !scope) return refuse("not_found");
  const existing = await lookUpForm(context, input.id, db);
  if (!existing) return refuse("not_found");
  const declaration = getModule(existing.moduleId);
  if (!declaration) return refuse("not_found");

  let formData: object | undefined;
  if (input.formData !== undefined) {
    const parsed = formOf(declaration, existing.kind).parseDraft(input.formData);
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
  if (formData && !patient) {
    const target = { id: input.id, version: input.version, moduleId: existing.moduleId, kind: existing.kind };
    if (await saveFormInOneStatement(db, context, scope, target, formData, savedAt)) return ok({ version: input.version + 1, savedAt });
    formOfDraft.delete(input.id);
    return explainMissedUpdate(context, input.id, input.version, db);
  }
  const saved = await db.$transaction(async (tx) => {
    const { count } = await tx.registration.updateMany({
      where: { AND: [where, { id: input.id, version: input.version }] },
      data: {
        version: { increment: 1 },
        validationStatus: "NOT_VALIDATED",
        updatedAt: savedAt,
        ...(formData ? { formData, ...contentDates(existing.moduleId, existing.kind, formData) } : {}),
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
