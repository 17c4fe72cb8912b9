/**
 * Issue 15 part 2: the patient's other tumours, found through the blind indexes (the user's scope:
 * every field; other sources: incidence date and source only), the hints, and the user's decision
 * stored with the registration (refused for a hint the draft does not have, or without a comment).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { createRegistration } from "@/lib/registrations/create-registration";
import { findPatientTumours } from "@/lib/registrations/find-patient-tumours";
import { getRegistration } from "@/lib/registrations/get-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { saveTumourDecision } from "@/lib/registrations/save-tumour-decision";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { tumourHints } from "@/lib/registrations/tumour-hints";
import { primaryTumour } from "../unit/modules/srt/fixtures";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

/** Marc Willems of the demo population, whom the demo seed does not register with this insurance number. */
const patient: TPatientIdentification = { ...validPatient, insz: "85073006197", lastName: "Willems", firstName: "Marc", insuranceNumber: "321-7654321-01" };

describe("tumour hints: the patient's other tumours and the decision", () => {
  let testDb: TestDb;
  let claes: SessionContext;
  let maes: SessionContext;
  let liege: SessionContext;
  const at = new Date("2026-03-15T12:00:00Z");

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

  async function draft(context: SessionContext, formData: unknown, who: TPatientIdentification = patient): Promise<string> {
    const created = await createRegistration(context, { moduleId: "srt", patient: who, identifiedByService: false }, testDb.db);
    if (!created.ok) throw new Error(created.code);
    const saved = await saveDraft(context, { id: created.data.id, version: created.data.version, formData }, testDb.db);
    if (!saved.ok) throw new Error(saved.code);
    return created.data.id;
  }

  async function sent(context: SessionContext, formData: unknown): Promise<{ id: string; reference: string }> {
    const id = await draft(context, formData);
    const version = (await getRegistration(context, id, "view", testDb.db))!.version;
    const first = await sendRegistration(context, { id, version, confirmations: [] }, testDb.db, at);
    const confirmations = first.ok ? [] : (first.issues ?? []).map((w) => ({ ruleId: w.ruleId, fieldPath: w.path, comment: "Checked" }));
    const result = first.ok ? first : await sendRegistration(context, { id, version, confirmations }, testDb.db, at);
    if (!result.ok) throw new Error(`${result.code} ${JSON.stringify(result.issues)}`);
    return { id, reference: result.data.reference };
  }

  it("lists the user's registrations of the patient with their facts, other sources with date and source only", async () => {
    const lung = await sent(claes, primaryTumour);
    await sent(liege, primaryTumour);
    const current = await draft(claes, { ...primaryTumour, topography: "C34.3" });
    // Another patient (by every identifier) is not listed.
    const otherPatient = await draft(claes, primaryTumour, { ...validPatient, insuranceNumber: "555-5555555-55" });

    const tumours = await findPatientTumours(claes, current, testDb.db);
    expect(tumours?.retentionDays).toBe(1095);
    const mine = tumours!.known.filter((k) => k.id === lung.id);
    expect(mine).toEqual([
      expect.objectContaining({ id: lung.id, reference: lung.reference, status: "SENT", facts: expect.objectContaining({ topography: primaryTumour.topography, morphology: primaryTumour.morphology }) }),
    ]);
    expect(tumours!.known.map((k) => k.id)).not.toContain(current);
    expect(tumours!.known.map((k) => k.id)).not.toContain(otherPatient);
    expect(tumours!.others).toEqual([{ moduleId: "srt", incidenceDate: primaryTumour.incidenceDate, organisationName: expect.any(String), physicianName: "Philippe Lambert" }]);

    const hint = tumourHints({ topography: "C34.3", morphology: primaryTumour.morphology, incidenceDate: primaryTumour.incidenceDate }, mine)[0];
    expect(hint).toMatchObject({ outcome: "same", rule: "MP-R3", other: { id: lung.id } });

    // Nobody else's draft is reachable: another physician's user sees nothing of it.
    expect(await findPatientTumours(maes, current, testDb.db)).toBeNull();
  });

  it("stores the decision on a hint of the saved draft, with rule and reference; refuses anything else", async () => {
    const lung = await sent(claes, primaryTumour);
    const current = await draft(claes, { ...primaryTumour, morphology: "8070/3" });
    const decide = (input: Record<string, unknown>, context = claes) => saveTumourDecision(context, { id: current, otherId: lung.id, choice: "new_primary", comment: "", ...input }, testDb.db);

    expect(await decide({ choice: "same_tumour" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await decide({ choice: "maybe" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await decide({ otherId: current })).toMatchObject({ ok: false, code: "invalid" });
    expect(await decide({}, maes)).toMatchObject({ ok: false, code: "not_found" });
    expect(await testDb.db.tumourDecision.count({ where: { registrationId: current } })).toBe(0);

    expect(await decide({ comment: " Squamous, other lobe " })).toEqual({ ok: true, data: { ruleId: "MP-R42" } });
    expect(await decide({ choice: "checked", comment: "Seen with the pathologist" })).toMatchObject({ ok: true });
    const view = await getRegistration(claes, current, "view", testDb.db);
    expect(view?.tumourDecisions).toEqual([
      expect.objectContaining({ ruleId: "MP-R42", outcome: "new", otherRegistrationId: lung.id, otherReference: lung.reference, choice: "checked", comment: "Seen with the pathologist" }),
    ]);

    // Sent: no more decisions.
    const version = view!.version;
    const confirm = await sendRegistration(claes, { id: current, version, confirmations: [] }, testDb.db, at);
    if (!confirm.ok) {
      const confirmations = (confirm.issues ?? []).map((w) => ({ ruleId: w.ruleId, fieldPath: w.path, comment: "Checked" }));
      expect(await sendRegistration(claes, { id: current, version, confirmations }, testDb.db, at)).toMatchObject({ ok: true });
    }
    expect(await decide({ comment: "again" })).toMatchObject({ ok: false, code: "not_found" });
  });
});
