/**
 * Follow-up registrations: a follow-up follows a sent initial registration the user may see, of
 * the same module and patient; it uses the module's follow-up form, whose rules read the
 * original; lists name the original; modules without follow-ups offer none.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { getModule } from "@/lib/modules/registry";
import { moduleActions } from "@/lib/modules/module-actions";
import { exportRegistrations } from "@/lib/exports/export-registrations";
import { renderRegistrationPdf } from "@/lib/pdf/render-registration-pdf";
import { createFollowUp } from "@/lib/registrations/create-follow-up";
import { createRegistration } from "@/lib/registrations/create-registration";
import { findFollowUpOriginals } from "@/lib/registrations/follow-up-originals";
import { getRegistration } from "@/lib/registrations/get-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { searchRegistrations } from "@/lib/registrations/search-registrations";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { validateRegistration } from "@/lib/registrations/validate-registration";
import { followUpTrialModule } from "../fixtures/modules/follow-up-trial";
import { parseDelimited } from "../e2e/support/delimited";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

vi.mock("@/lib/modules/registry", async (importActual) => {
  const actual = await importActual<typeof import("@/lib/modules/registry")>();
  const { followUpTrialModule: trial } = await import("../fixtures/modules/follow-up-trial");
  const modules = [...actual.allModules(), trial];
  return { ...actual, allModules: () => modules, getModule: (id: string) => modules.find((m) => m.id === id) };
});

const MODULE = followUpTrialModule.id;

describe("follow-up registrations", () => {
  let testDb: TestDb;
  let claes: SessionContext;
  let lambert: SessionContext;
  let originalId: string;
  let followUpId: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    const { db } = testDb;
    await seedDemo(db);
    await db.module.upsert({ where: { id: MODULE }, update: {}, create: { id: MODULE } });
    claes = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    lambert = await signIn(db, people.liegeLambert, "SPECIALIST", hospitals.liege);
    const created = await createRegistration(claes, { moduleId: MODULE, patient: validPatient, identifiedByService: false }, db);
    if (!created.ok) throw new Error(created.code);
    originalId = created.data.id;
    const saved = await saveDraft(claes, { id: originalId, version: 1, formData: { diagnosisDate: "2025-03-01", topography: "C34.1" } }, db);
    if (!saved.ok) throw new Error(saved.code);
    const sent = await sendRegistration(claes, { id: originalId, version: saved.data.version, confirmations: [] }, db);
    if (!sent.ok) throw new Error(JSON.stringify(sent));
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("offers the follow-up action only for modules that allow follow-ups", () => {
    const trial = moduleActions(getModule(MODULE)!, claes).map((a) => a.href);
    expect(trial).toContain(`/modules/${MODULE}/follow-up`);
    for (const declaration of [getModule("srt")!]) {
      expect(moduleActions(declaration, claes).some((a) => a.action === "followUp")).toBe(false);
    }
  });

  it("lists the patient's sent registrations in the module, through the policy", async () => {
    const mine = await findFollowUpOriginals(claes, MODULE, validPatient.insz!, testDb.db);
    expect(mine).toEqual([expect.objectContaining({ id: originalId, reference: expect.stringMatching(/^FUT-\d{4}-000001$/), followUps: 0 })]);
    expect(await findFollowUpOriginals(lambert, MODULE, validPatient.insz!, testDb.db)).toEqual([]);
    expect(await findFollowUpOriginals(claes, "srt", validPatient.insz!, testDb.db)).toBeNull();
  });

  it("refuses a follow-up of a registration the user may not see, or of a draft", async () => {
    expect(await createFollowUp(lambert, { originalId }, testDb.db)).toMatchObject({ ok: false, code: "not_found" });
    const draft = await createRegistration(claes, { moduleId: MODULE, patient: validPatient, identifiedByService: false }, testDb.db);
    expect(await createFollowUp(claes, { originalId: draft.ok ? draft.data.id : "" }, testDb.db)).toMatchObject({ ok: false });
  });

  it("creates a follow-up draft with the original's patient and the follow-up form", async () => {
    const created = await createFollowUp(claes, { originalId }, testDb.db);
    if (!created.ok) throw new Error(created.code);
    followUpId = created.data.id;
    const view = (await getRegistration(claes, followUpId, "view", testDb.db))!;
    expect(view).toMatchObject({ kind: "FOLLOW_UP", status: "DRAFT", moduleId: MODULE, followUpOf: { id: originalId } });
    expect(view.patient.lastName).toBe(validPatient.lastName);
    // The follow-up's schema, not the initial one's: initial fields are refused.
    expect(await saveDraft(claes, { id: followUpId, version: 1, formData: { diagnosisDate: "2025-01-01" } }, testDb.db)).toMatchObject({ ok: false, code: "invalid" });
  });

  it("validates with the follow-up's rules, which read the original", async () => {
    const saved = await saveDraft(claes, { id: followUpId, version: 1, formData: { followUpDate: "2025-02-01", vitalStatus: "ALIVE" } }, testDb.db);
    expect(saved.ok).toBe(true);
    const view = (await getRegistration(claes, followUpId, "view", testDb.db))!;
    const outcome = validateRegistration(view, { today: new Date("2026-06-01T10:00:00Z") });
    expect(outcome.issues).toEqual([expect.objectContaining({ ruleId: "TRI-E10", path: "followUpDate", params: expect.objectContaining({ diagnosisDate: "2025-03-01" }) })]);
    const refused = await sendRegistration(claes, { id: followUpId, version: view.version, confirmations: [] }, testDb.db);
    expect(refused).toMatchObject({ ok: false, code: "invalid", source: { moduleId: MODULE, kind: "FOLLOW_UP" } });

    const fixed = await saveDraft(claes, { id: followUpId, version: view.version, formData: { followUpDate: "2026-01-10", vitalStatus: "ALIVE", lastNews: "1950" } }, testDb.db);
    if (!fixed.ok) throw new Error(fixed.code);
    // A year alone is a partial date; the shared check compares it with the birth (1985).
    const partial = validateRegistration((await getRegistration(claes, followUpId, "view", testDb.db))!, { today: new Date("2026-06-01T10:00:00Z") });
    expect(partial.issues).toEqual([expect.objectContaining({ ruleId: "TRI-E02", path: "lastNews", messageKey: "TRI-E02.beforeBirth" })]);
    const refixed = await saveDraft(claes, { id: followUpId, version: fixed.data.version, formData: { followUpDate: "2026-01-10", vitalStatus: "ALIVE", lastNews: "2026" } }, testDb.db);
    if (!refixed.ok) throw new Error(refixed.code);
    const sent = await sendRegistration(claes, { id: followUpId, version: refixed.data.version, confirmations: [] }, testDb.db);
    expect(sent).toMatchObject({ ok: true, data: { reference: expect.stringMatching(/^FUT-\d{4}-000002$/) } });
  });

  it("shows follow-ups with the reference of their original in the lists", async () => {
    const result = await searchRegistrations(claes, { moduleId: MODULE, tab: "sent" }, testDb.db);
    if (!result.ok) throw new Error(result.code);
    const original = result.data.items.find((item) => item.id === originalId)!;
    const followUp = result.data.items.find((item) => item.id === followUpId)!;
    expect(original.followUpOfReference).toBeNull();
    expect(followUp.followUpOfReference).toBe(original.reference);
    expect((await findFollowUpOriginals(claes, MODULE, validPatient.insz!, testDb.db))?.[0]?.followUps).toBe(1);
  });

  it("exports follow-ups with their kind, their original's reference and the follow-up form's columns", async () => {
    const prepared = exportRegistrations(claes, { moduleId: MODULE, kind: "sent", format: "csv", locale: "en" }, testDb.db);
    if (!prepared.ok) throw new Error(prepared.code);
    let raw = "";
    for await (const chunk of prepared.data.chunks) raw += chunk;
    const [header, ...lines] = parseDelimited(raw.slice(1), ",");
    const rows = lines.filter((line) => line.length > 1).map((line) => Object.fromEntries(header!.map((id, i) => [id, line[i]!])));
    const original = rows.find((row) => row.registrationId === originalId)!;
    const followUp = rows.find((row) => row.registrationId === followUpId)!;
    expect(original).toMatchObject({ kind: "INITIAL", followUpOf: "", A1_diagnosisDate: "2025-03-01", followUp_F1_followUpDate: "" });
    expect(followUp).toMatchObject({ kind: "FOLLOW_UP", followUpOf: original.reference, A1_diagnosisDate: "", followUp_F1_followUpDate: "2026-01-10", followUp_F3_lastNews: "2026" });
    expect(header!.indexOf("followUp_F1_followUpDate")).toBeGreaterThan(header!.indexOf("A4b_markers_BRAF_tested"));
  });

  it("prints the follow-up form and the original's reference in the PDF", async () => {
    const view = (await getRegistration(claes, followUpId, "print", testDb.db))!;
    const pdf = await renderRegistrationPdf(view, { issues: [] }, { locale: "en", printedAt: new Date(), printedByName: "Test" });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(`Follow-up of ${view.followUpOf!.reference}`);
    expect(flat).toContain("Date of follow-up F1 10/01/2026");
    expect(flat).not.toContain("Date of diagnosis");
  }, 30_000);
});
