/**
 * Issue 13 (11, 12): a new registration's draft exists only after "Next" with a valid patient,
 * and once per page attempt; a new registration may start from a copy of an earlier one of the
 * same patient, through the policy.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { IdentifyPersonSimulator } from "@/lib/patients/identify-person-simulator";
import { createRegistration } from "@/lib/registrations/create-registration";
import { findExistingRegistrations } from "@/lib/registrations/find-existing-registrations";
import { getRegistration } from "@/lib/registrations/get-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { submitPatient } from "@/lib/registrations/submit-patient";
import { primaryTumour } from "../unit/modules/srt/fixtures";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

describe("new registration: one draft per attempt, copies of the same patient", () => {
  let testDb: TestDb;
  let claes: SessionContext;
  let maes: SessionContext;
  let liege: SessionContext;
  const register = new IdentifyPersonSimulator({ mode: "up" });
  const today = new Date("2026-12-01T10:00:00Z");

  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    claes = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    maes = await signIn(testDb.db, people.gentMaes, "SPECIALIST", hospitals.gent);
    liege = await signIn(testDb.db, people.liegeLambert, "SPECIALIST", hospitals.liege);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  const drafts = () => testDb.db.registration.count({ where: { status: "DRAFT" } });
  const next = (context: SessionContext, input: Partial<Parameters<typeof submitPatient>[1]> = {}) =>
    submitPatient(context, { moduleId: "srt", patient: validPatient, identifiedByService: false, ...input }, testDb.db, today, register);

  it("creates nothing while the patient is refused, and one draft however often Next is pressed in one attempt", async () => {
    const before = await drafts();
    const attemptId = randomUUID();
    const refused = await next(claes, { attemptId, patient: { ...validPatient, lastName: "" } });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect(await drafts()).toBe(before);

    const first = await next(claes, { attemptId });
    expect(first).toMatchObject({ ok: true, data: { id: attemptId } });
    // Back to the patient page, a change, Next again: the same draft, with the change.
    const again = await next(claes, { attemptId, patient: { ...validPatient, firstName: "Karel-Jan" } });
    expect(again).toMatchObject({ ok: true, data: { id: attemptId } });
    expect(await drafts()).toBe(before + 1);
    expect((await getRegistration(claes, attemptId, "view", testDb.db))?.patient.firstName).toBe("Karel-Jan");
  });

  it("never continues someone else's registration through an attempt id", async () => {
    const attemptId = randomUUID();
    expect(await next(claes, { attemptId })).toMatchObject({ ok: true, data: { id: attemptId } });
    const other = await next(maes, { attemptId, patient: { ...validPatient, lastName: "Other" } });
    if (!other.ok) throw new Error(other.code);
    expect(other.data.id).not.toBe(attemptId);
    expect((await getRegistration(claes, attemptId, "view", testDb.db))?.patient.lastName).toBe("Janssens");
  });

  it("copies an earlier registration's content for the same patient, marked as a copy", async () => {
    const source = await createRegistration(claes, { moduleId: "srt", patient: validPatient, identifiedByService: false }, testDb.db);
    if (!source.ok) throw new Error(source.code);
    const content = { ...primaryTumour, correctionOf: "SRT-2026-000001", warningConfirmation: true };
    expect(await saveDraft(claes, { id: source.data.id, version: source.data.version, formData: content }, testDb.db)).toMatchObject({ ok: true });

    const existing = await findExistingRegistrations(claes, "srt", "85073003328", testDb.db);
    expect(existing?.latest?.id).toBe(source.data.id);

    const copy = await next(claes, { attemptId: randomUUID(), copyFromId: source.data.id, patient: { ...validPatient, insz: "85073003328" } });
    if (!copy.ok) throw new Error(copy.code);
    const view = await getRegistration(claes, copy.data.id, "view", testDb.db);
    expect(view?.copiedFrom).toEqual({ id: source.data.id, reference: null });
    const data = view?.formData as Record<string, unknown>;
    expect(data.indication).toBe(primaryTumour.indication);
    expect(data.topography).toBe(primaryTumour.topography);
    // Not a correction, and warnings are confirmed anew.
    expect(data.correctionOf).toBeUndefined();
    expect(data.warningConfirmation).toBeUndefined();
  });

  it("refuses a copy for another patient or of a registration the user may not open, and creates nothing", async () => {
    const source = await createRegistration(claes, { moduleId: "srt", patient: validPatient, identifiedByService: false }, testDb.db);
    if (!source.ok) throw new Error(source.code);
    const before = await drafts();
    const otherPatient = { ...validPatient, insz: "85073003427", sex: "F" as const, firstName: "Marie" };
    expect(await next(claes, { copyFromId: source.data.id, patient: otherPatient })).toMatchObject({ ok: false, code: "copy_other_patient" });
    expect(await next(liege, { copyFromId: source.data.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await drafts()).toBe(before);
  });
});
