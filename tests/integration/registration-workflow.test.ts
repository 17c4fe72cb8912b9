import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { checkRegistration } from "@/lib/registrations/check-registration";
import { runCommand } from "@/lib/registrations/commands";
import { findCorrections } from "@/lib/registrations/corrected-by";
import { createCorrectedVersion } from "@/lib/registrations/create-corrected-version";
import { createRegistration } from "@/lib/registrations/create-registration";
import { deleteDraft } from "@/lib/registrations/delete-draft";
import { findExistingRegistrations } from "@/lib/registrations/find-existing-registrations";
import { getRegistration } from "@/lib/registrations/get-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { searchRegistrations } from "@/lib/registrations/search-registrations";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { primaryTumour } from "../unit/modules/srt/fixtures";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

describe("registration workflow", () => {
  let testDb: TestDb;
  let specialist: SessionContext;
  let admin: SessionContext;
  let otherHospital: SessionContext;

  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    specialist = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    admin = await signIn(testDb.db, people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent, people.gentClaes);
    otherHospital = await signIn(testDb.db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  async function newDraft(context = specialist) {
    const created = await createRegistration(context, { moduleId: "srt", patient: validPatient, identifiedByService: true }, testDb.db);
    if (!created.ok) throw new Error(`create refused: ${created.code}`);
    return created.data;
  }

  it("stores identifying data encrypted and finds the patient by INSZ in any writing", async () => {
    const { id } = await newDraft();
    const row = await testDb.db.registrationPatient.findUniqueOrThrow({ where: { registrationId: id } });
    expect(row.identityCiphertext).not.toContain("Janssens");
    expect(row.identityCiphertext).not.toContain("85073003328");
    expect(row.inszIndex).toMatch(/^[0-9a-f]{64}$/);
    const view = await getRegistration(specialist, id, "view", testDb.db);
    expect(view?.patient.lastName).toBe("Janssens");
    const existing = await findExistingRegistrations(specialist, "srt", "85073003328", testDb.db);
    expect(existing?.saved).toBeGreaterThanOrEqual(1);
    expect(await findExistingRegistrations(otherHospital, "srt", "85 07 30 033 28", testDb.db)).toMatchObject({ saved: 0, sent: 0 });
  });

  it("saves drafts whatever their completeness, refuses a stale version and keeps the newer content", async () => {
    const { id, version } = await newDraft();
    const first = await saveDraft(specialist, { id, version, formData: { indication: "PRIMARY_TUMOUR" } }, testDb.db);
    expect(first).toMatchObject({ ok: true, data: { version: version + 1 } });
    const stale = await saveDraft(admin, { id, version, formData: { indication: "AVM" } }, testDb.db);
    expect(stale).toEqual({ ok: false, code: "stale" });
    const view = await getRegistration(specialist, id, "view", testDb.db);
    expect((view?.formData as { indication?: string }).indication).toBe("PRIMARY_TUMOUR");
  });

  it("refuses content of the wrong shape with field errors, changing nothing", async () => {
    const { id, version } = await newDraft();
    const result = await saveDraft(specialist, { id, version, formData: { plans: "many" } }, testDb.db);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("invalid");
    const row = await testDb.db.registration.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(version);
  });

  it("blocks sending on errors (SRT-E03), then sends once the error is fixed and warnings confirmed", async () => {
    const { id, version } = await newDraft();
    const withError = structuredClone(primaryTumour);
    withError.plans![0]!.startDate = "2024-09-01"; // before incidence 2024-09-20
    let saved = await saveDraft(specialist, { id, version, formData: withError }, testDb.db);
    if (!saved.ok) throw new Error("save refused");
    const checked = await checkRegistration(specialist, id, testDb.db, new Date("2025-03-15T12:00:00Z"));
    expect(checked?.outcome.issues.map((i) => i.ruleId)).toContain("SRT-E03");
    const refused = await sendRegistration(specialist, { id, version: saved.data.version, confirmations: [] }, testDb.db, new Date("2025-03-15T12:00:00Z"));
    expect(refused).toMatchObject({ ok: false, code: "invalid" });

    const vague = structuredClone(primaryTumour);
    vague.topography = "C80.9"; // SRT-W02: vaguely coded topography
    saved = await saveDraft(specialist, { id, version: saved.data.version, formData: vague }, testDb.db);
    if (!saved.ok) throw new Error("save refused");
    const at = new Date("2025-03-15T12:00:00Z");
    const unconfirmed = await sendRegistration(specialist, { id, version: saved.data.version, confirmations: [] }, testDb.db, at);
    expect(unconfirmed.ok).toBe(false);
    if (unconfirmed.ok) return;
    expect(unconfirmed.code).toBe("unconfirmed_warnings");
    const warnings = unconfirmed.issues ?? [];
    expect(warnings.map((w) => w.ruleId)).toContain("SRT-W02");
    const confirmations = warnings.map((w) => ({ ruleId: w.ruleId, fieldPath: w.path, comment: "Checked with the pathology report" }));
    const sent = await sendRegistration(specialist, { id, version: saved.data.version, confirmations }, testDb.db, at);
    expect(sent).toMatchObject({ ok: true, data: { alreadySent: false } });
    if (!sent.ok) return;
    expect(sent.data.reference).toMatch(/^SRT-2025-\d{6}$/);

    // Idempotent: a retry or second click answers with the same reference.
    const again = await sendRegistration(specialist, { id, version: saved.data.version, confirmations }, testDb.db, at);
    expect(again).toMatchObject({ ok: true, data: { reference: sent.data.reference, alreadySent: true } });

    // Immutable afterwards.
    const afterSend = await saveDraft(specialist, { id, version: saved.data.version + 1, formData: primaryTumour }, testDb.db);
    expect(afterSend).toEqual({ ok: false, code: "already_sent" });
    expect(await deleteDraft(specialist, { id, version: saved.data.version + 1 }, testDb.db)).toMatchObject({ ok: false });

    const view = await getRegistration(specialist, id, "view", testDb.db);
    expect(view?.status).toBe("SENT");
    expect(view?.confirmations.map((c) => [c.ruleId, c.comment])).toContainEqual(["SRT-W02", "Checked with the pathology report"]);
  });

  it("round-trips every field draft → summary → sent unchanged", async () => {
    const { id, version } = await newDraft(admin);
    const saved = await saveDraft(admin, { id, version, formData: primaryTumour }, testDb.db);
    if (!saved.ok) throw new Error("save refused");
    const checked = await checkRegistration(admin, id, testDb.db, new Date("2025-03-15T12:00:00Z"));
    expect(checked?.outcome.errorCount).toBe(0);
    expect(checked?.registration.formData).toEqual(primaryTumour);
    const sent = await sendRegistration(admin, { id, version: saved.data.version, confirmations: [] }, testDb.db, new Date("2025-03-15T12:00:00Z"));
    expect(sent.ok).toBe(true);
    const view = await getRegistration(specialist, id, "view", testDb.db);
    expect(view?.formData).toEqual(primaryTumour);
    expect(view?.patient).toEqual(validPatient);
    expect(view?.responsiblePhysician.name).toBe("An Claes");
    expect(view?.createdByName).toBe("Lotte Wouters");
  });

  it("two simultaneous sends of one draft give one reference", async () => {
    const { id, version } = await newDraft();
    const saved = await saveDraft(specialist, { id, version, formData: primaryTumour }, testDb.db);
    if (!saved.ok) throw new Error("save refused");
    const at = new Date("2025-03-15T12:00:00Z");
    const results = await Promise.all([
      sendRegistration(specialist, { id, version: saved.data.version, confirmations: [] }, testDb.db, at),
      sendRegistration(admin, { id, version: saved.data.version, confirmations: [] }, testDb.db, at),
    ]);
    const references = results.map((r) => (r.ok ? r.data.reference : r.code));
    expect(references[0]).toBe(references[1]);
    expect(results.filter((r) => r.ok && !r.data.alreadySent)).toHaveLength(1);
  });

  it("creates a corrected version that cites the original and is a new draft", async () => {
    const sentRow = await testDb.db.registration.findFirstOrThrow({ where: { status: "SENT", createdById: specialist.person.id } });
    const corrected = await createCorrectedVersion(specialist, sentRow.id, testDb.db);
    expect(corrected.ok).toBe(true);
    if (!corrected.ok) return;
    const view = await getRegistration(specialist, corrected.data.id, "view", testDb.db);
    expect(view?.status).toBe("DRAFT");
    expect(view?.correctionOfReference).toBe(sentRow.reference);
    // correctionOf is stored once, on the registration (E3 is no longer form data).
    expect((view?.formData as { correctionOf?: string }).correctionOf).toBeUndefined();
    expect(view?.patient.lastName).toBe("Janssens");
    expect(await createCorrectedVersion(otherHospital, sentRow.id, testDb.db)).toEqual({ ok: false, code: "not_found" });
  });

  it("once its correction is sent, the original points to it: on its view, in the Sent list, and linked only for who may open it", async () => {
    const { id, version } = await newDraft();
    const saved = await saveDraft(specialist, { id, version, formData: primaryTumour }, testDb.db);
    if (!saved.ok) throw new Error("save refused");
    const at = new Date("2025-03-15T12:00:00Z");
    const original = await sendRegistration(specialist, { id, version: saved.data.version, confirmations: [] }, testDb.db, at);
    if (!original.ok) throw new Error("send refused");
    const corrected = await createCorrectedVersion(specialist, id, testDb.db);
    if (!corrected.ok) throw new Error("correction refused");
    // A correction still in draft replaces nothing yet.
    expect((await getRegistration(specialist, id, "view", testDb.db))?.correctedBy).toBeNull();
    const sentCorrection = await sendRegistration(specialist, { ...corrected.data, confirmations: [] }, testDb.db, new Date("2025-03-16T12:00:00Z"));
    if (!sentCorrection.ok) throw new Error(`correction send refused: ${sentCorrection.code}`);

    const expected = { id: corrected.data.id, reference: sentCorrection.data.reference, readable: true };
    expect((await getRegistration(specialist, id, "view", testDb.db))?.correctedBy).toEqual(expected);
    expect((await getRegistration(specialist, id, "print", testDb.db))?.correctedBy).toEqual(expected);
    const listed = await searchRegistrations(specialist, { moduleId: "srt", tab: "sent", query: "85073003328", pageSize: 200 }, testDb.db);
    if (!listed.ok) throw new Error("search refused");
    expect(listed.data.items.find((item) => item.id === id)?.correctedBy).toEqual(expected);
    expect(listed.data.items.find((item) => item.id === corrected.data.id)?.correctedBy).toBeNull();
    // Whoever may not open the correction gets its reference without a link (callers ask only about originals the user sees).
    const originalOnly = await findCorrections(otherHospital, [original.data.reference], testDb.db);
    expect(originalOnly.get(original.data.reference)).toEqual({ ...expected, readable: false });
  });

  it("says the session ended, not 'not found', when a command comes without a session", async () => {
    const { id, version } = await newDraft();
    expect(await runCommand("save", { id, version, formData: {} }, null, testDb.db)).toEqual({ ok: false, code: "session_ended" });
    expect(await runCommand("send", { id, version, confirmations: [] }, null, testDb.db)).toEqual({ ok: false, code: "session_ended" });
    // Malformed input is still refused as such first, and nothing changed.
    expect(await runCommand("save", { id }, null, testDb.db)).toMatchObject({ ok: false, code: "invalid" });
    expect((await testDb.db.registration.findUniqueOrThrow({ where: { id } })).version).toBe(version);
  });

  it("never lets another hospital read, save, send or delete, and changes nothing when refused", async () => {
    const { id, version } = await newDraft();
    const before = await testDb.db.registration.findUniqueOrThrow({ where: { id } });
    expect(await getRegistration(otherHospital, id, "view", testDb.db)).toBeNull();
    expect(await saveDraft(otherHospital, { id, version, formData: primaryTumour }, testDb.db)).toEqual({ ok: false, code: "not_found" });
    expect(await sendRegistration(otherHospital, { id, version, confirmations: [] }, testDb.db)).toEqual({ ok: false, code: "not_found" });
    expect(await deleteDraft(otherHospital, { id, version }, testDb.db)).toEqual({ ok: false, code: "not_found" });
    expect(await testDb.db.registration.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("deletes a draft and keeps the audit trail of it", async () => {
    const { id, version } = await newDraft();
    expect(await deleteDraft(specialist, { id, version }, testDb.db)).toEqual({ ok: true, data: null });
    expect(await testDb.db.registration.findUnique({ where: { id } })).toBeNull();
    const actions = (await testDb.db.auditEvent.findMany({ where: { registrationId: id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["registration.create", "registration.delete"]);
  });
});
