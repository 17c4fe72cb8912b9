/**
 * Over-long and malformed input through every command, on a real database: every free-text
 * field is bounded by its schema (the same bound the form shows), and 100,000-character strings,
 * wrong types, nested garbage and huge arrays are refused with "invalid" (and, for the patient,
 * a translated message at the field) and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { locales } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import { formatPatientIssue } from "@/lib/patients/patient-messages";
import { patientFields, ZPatientIdentification } from "@/lib/patients/patient-schema";
import { runCommand, type CommandName } from "@/lib/registrations/commands";
import { createRegistration } from "@/lib/registrations/create-registration";
import { primaryTumour } from "../unit/modules/srt/fixtures";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { freeTextFields, patientMaxLength, setAtPath } from "../support/hostile-text";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

const srt = getModule("srt")!;
const huge = "x".repeat(100_000);

function deeplyNested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level++) value = level % 2 ? { nested: value } : [value];
  return value;
}

describe("over-long and malformed input", () => {
  let testDb: TestDb;
  let specialist: SessionContext;
  let draft: { id: string; version: number };

  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    specialist = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const created = await createRegistration(specialist, { moduleId: "srt", patient: validPatient, identifiedByService: true }, testDb.db);
    if (!created.ok) throw new Error("setup failed");
    draft = created.data;
  });
  afterAll(async () => {
    await testDb?.close();
  });

  async function snapshot(): Promise<string> {
    const { db } = testDb;
    return JSON.stringify({
      registrations: await db.registration.findMany({ orderBy: { id: "asc" } }),
      patients: await db.registrationPatient.findMany({ orderBy: { registrationId: "asc" } }),
      confirmations: await db.warningConfirmation.findMany(),
    });
  }

  it("bounds every free-text field of the module at the length the form declares", () => {
    for (const { path, field } of freeTextFields(srt)) {
      const withLength = (length: number) => {
        const data = structuredClone(primaryTumour) as Record<string, unknown>;
        setAtPath(data, path, "é".repeat(length));
        return srt.draftSchema.safeParse(data);
      };
      expect(field.maxLength, path).toBeGreaterThan(0);
      expect(withLength(field.maxLength!).success, `${path} at its maximum`).toBe(true);
      expect(withLength(field.maxLength! + 1).success, `${path} one over`).toBe(false);
      expect(withLength(100_000).success, `${path} 100,000 characters`).toBe(false);
    }
  });

  it("bounds every text field of the patient", () => {
    for (const field of patientFields) {
      const shape = ZPatientIdentification.shape[field];
      if (!ZPatientIdentification.shape[field].safeParse("x").success) continue; // enums: their own values only
      expect(patientMaxLength(field), `${field} has a maximum length`).toBeGreaterThan(0);
      expect(shape.safeParse(huge).success, field).toBe(false);
    }
  });

  it("refuses a 100,000-character value in each free-text field of a save, changing nothing", async () => {
    for (const { path } of freeTextFields(srt)) {
      const before = await snapshot();
      const formData = structuredClone(primaryTumour) as Record<string, unknown>;
      setAtPath(formData, path, huge);
      const result = await runCommand("save", { id: draft.id, version: draft.version, formData }, specialist, testDb.db);
      expect(result, path).toMatchObject({ ok: false, code: "invalid" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}), path).toContain(path);
      expect(await snapshot(), path).toBe(before);
    }
  });

  it("tells which patient field is too long, in every language, and creates nothing", async () => {
    for (const field of ["lastName", "firstName", "town", "postalCode", "comment", "insuranceNumber", "otherIdentifier"] as const) {
      const before = await snapshot();
      const result = await runCommand("submitPatient", { moduleId: "srt", patient: { ...validPatient, [field]: huge }, identifiedByService: false }, specialist, testDb.db);
      expect(result, field).toMatchObject({ ok: false, code: "invalid" });
      const issue = !result.ok ? result.issues?.find((candidate) => candidate.path === field) : undefined;
      expect(issue, field).toMatchObject({ ruleId: "PAT-E00", severity: "error", messageKey: "patient.tooLong", params: { field, max: patientMaxLength(field) } });
      for (const locale of locales) {
        const text = formatPatientIssue(issue!, locale);
        expect(text, `${field} ${locale}`).toContain(String(patientMaxLength(field)));
        expect(text).not.toMatch(/[{}]|patient\./);
      }
      expect(await snapshot(), field).toBe(before);
    }
    const wrongType = await runCommand("submitPatient", { moduleId: "srt", patient: { ...validPatient, lastName: { toString: "x" } }, identifiedByService: false }, specialist, testDb.db);
    expect(!wrongType.ok && wrongType.issues?.[0]).toMatchObject({ path: "lastName", messageKey: "patient.invalidValue" });
  });

  it("refuses wrong types, nested garbage and huge arrays in every command, changing nothing", async () => {
    const { id, version } = draft;
    const bigArray = Array.from({ length: 100_000 }, () => ({ ruleId: "SRT-W05", fieldPath: "plans.0", comment: "ok" }));
    const payloads: [CommandName, unknown][] = [
      ["save", { id: huge, version, formData: primaryTumour }],
      ["save", { id, version: "1", formData: primaryTumour }],
      ["save", { id, version: 1e300, formData: primaryTumour }],
      ["save", { id, version, formData: { ...primaryTumour, plans: Array.from({ length: 100_000 }, () => ({})) } }],
      ["save", { id, version, formData: { ...primaryTumour, indication: deeplyNested(200) } }],
      ["save", { id, version, formData: { ...primaryTumour, comments: ["a", "b"] } }],
      ["save", { id, version, formData: "not an object" }],
      ["save", [id, version]],
      ["save", { id, version, formData: primaryTumour, extra: deeplyNested(200) }],
      ["send", { id, version, confirmations: bigArray }],
      ["send", { id, version, confirmations: [{ ruleId: "SRT-W05", fieldPath: "plans.0", comment: huge }] }],
      ["confirmWarnings", { id, version, confirmations: "all" }],
      ["confirmWarnings", { id, version, confirmations: [{ ruleId: huge, fieldPath: "x", comment: "x" }] }],
      ["delete", { id, version: null }],
      ["delete", { id: { $ne: null }, version }],
      ["correct", { id: [id] }],
      ["submitPatient", { moduleId: huge, patient: validPatient, identifiedByService: false }],
      ["submitPatient", { moduleId: "srt", patient: [validPatient], identifiedByService: false }],
      ["submitPatient", { moduleId: "srt", patient: validPatient, identifiedByService: "yes" }],
      ["submitPatient", { registration: { id, version }, patient: { ...validPatient, sex: deeplyNested(50) }, identifiedByService: false }],
    ];
    for (const [name, payload] of payloads) {
      const before = await snapshot();
      const result = await runCommand(name, payload, specialist, testDb.db);
      expect(result, `${name} ${JSON.stringify(payload).slice(0, 80)}`).toMatchObject({ ok: false, code: "invalid" });
      expect(await snapshot()).toBe(before);
    }
  });
});
