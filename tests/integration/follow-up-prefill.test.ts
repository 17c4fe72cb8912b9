/**
 * A follow-up starts from its original (issue 14, vervolg 3 F1–F3): the follow-up form's `prefill`
 * declares what it takes from the sent original — for the standard registration site, histology
 * and incidence date — and createFollowUp stores it as the draft's first content.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { standardModule } from "@/lib/modules/standard";
import { maleBreastCancer } from "@/lib/modules/standard/examples";
import { createFollowUp } from "@/lib/registrations/create-follow-up";
import { createRegistration } from "@/lib/registrations/create-registration";
import { getRegistration } from "@/lib/registrations/get-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { validateRegistration } from "@/lib/registrations/validate-registration";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

const MODULE = standardModule.id;

describe("follow-up prefill", () => {
  let testDb: TestDb;
  let claes: SessionContext;
  let originalId: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    const { db } = testDb;
    await seedDemo(db);
    claes = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const created = await createRegistration(claes, { moduleId: MODULE, patient: validPatient, identifiedByService: false }, db);
    if (!created.ok) throw new Error(created.code);
    originalId = created.data.id;
    const saved = await saveDraft(claes, { id: originalId, version: created.data.version, formData: maleBreastCancer }, db);
    if (!saved.ok) throw new Error(saved.code);
    // The example lies in 2024: the warnings of sending it now are confirmed, as a user would.
    const view = (await getRegistration(claes, originalId, "view", db))!;
    const { issues } = validateRegistration(view, { today: new Date() });
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const confirmations = issues.filter((issue) => issue.severity === "warning").map((issue) => ({ ruleId: issue.ruleId, fieldPath: issue.path, comment: "Checked (test)." }));
    const sent = await sendRegistration(claes, { id: originalId, version: saved.data.version, confirmations }, db);
    if (!sent.ok) throw new Error(JSON.stringify(sent));
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("starts the follow-up with the original's site, histology and incidence date, and its first plan row", async () => {
    const created = await createFollowUp(claes, { originalId }, testDb.db);
    if (!created.ok) throw new Error(created.code);
    const view = (await getRegistration(claes, created.data.id, "view", testDb.db))!;
    expect(view).toMatchObject({ kind: "FOLLOW_UP", followUpOf: { id: originalId } });
    expect(view.formData).toEqual({ topography: "C50.4", morphology: "8500/3", incidenceDate: "2024-10-14", treatmentPlan: [{}] });
    // Nothing else of the original: no MOC, no treatments, no breast supplement.
    expect(Object.keys(view.formData as object).sort()).toEqual(["incidenceDate", "morphology", "topography", "treatmentPlan"]);
  });

  it("keeps the prefilled values editable: a year alone replaces the incidence date", async () => {
    const created = await createFollowUp(claes, { originalId }, testDb.db);
    if (!created.ok) throw new Error(created.code);
    const view = (await getRegistration(claes, created.data.id, "view", testDb.db))!;
    const saved = await saveDraft(claes, { id: view.id, version: view.version, formData: { ...(view.formData as object), incidenceDate: "2024" } }, testDb.db);
    expect(saved.ok).toBe(true);
    const after = (await getRegistration(claes, view.id, "view", testDb.db))!;
    expect((after.formData as { incidenceDate?: string }).incidenceDate).toBe("2024");
  });
});
