/**
 * Stored XSS and CSV injection attempts in every free-text field (the module's text fields,
 * derived from its declaration; the patient's names, address and comment; the comments that
 * confirm warnings), through the real use cases and database: stored as typed, printed literally
 * in the PDF, and neutralised in the CSV/TXT exports, which still parse. What pages show is
 * checked in a browser by tests/e2e/hostile-text.spec.ts.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { exportColumnsOf } from "@/lib/exports/columns";
import { formatLine } from "@/lib/exports/delimited-text";
import { exportRegistrations } from "@/lib/exports/export-registrations";
import { getAtPath } from "@/lib/modules/paths";
import { getModule } from "@/lib/modules/registry";
import { walkVisibleFields } from "@/lib/modules/walk";
import { createRegistration } from "@/lib/registrations/create-registration";
import { getRegistration } from "@/lib/registrations/get-registration";
import { printRegistration } from "@/lib/registrations/print-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { saveWarningConfirmations } from "@/lib/registrations/save-warning-confirmations";
import { validateRegistration } from "@/lib/registrations/validate-registration";
import { primaryTumour } from "../unit/modules/srt/fixtures";
import { parseDelimited, records } from "../e2e/support/delimited";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import {
  fit,
  formulaPayloads,
  freeTextFields,
  patientFreeTextFields,
  patientMaxLength,
  setAtPath,
  xssPayloads,
  type PayloadName,
} from "../support/hostile-text";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

const srt = getModule("srt")!;
const textFields = freeTextFields(srt);

/** A complete registration where every free text is `valueFor(maxLength)`; plan 1 lasts too long (a warning). */
function hostileFormData(valueFor: (maxLength: number | undefined, index: number) => string): Record<string, unknown> {
  const data = structuredClone(primaryTumour) as Record<string, unknown>;
  data.clinicalTrial = "YES"; // shows the trial number field
  setAtPath(data, "plans.0.endDate", "2025-12-31");
  textFields.forEach(({ path, field }, index) => setAtPath(data, path, valueFor(field.maxLength, index)));
  return data;
}

function hostilePatient(valueFor: (maxLength: number | undefined, index: number) => string) {
  return { ...validPatient, ...Object.fromEntries(patientFreeTextFields.map((field, index) => [field, valueFor(patientMaxLength(field), index)])) };
}

describe("hostile free text", () => {
  let testDb: TestDb;
  let specialist: SessionContext;
  const ids = new Map<PayloadName | "formula", string>();

  async function storeHostile(valueFor: (maxLength: number | undefined, index: number) => string, confirmation: string): Promise<string> {
    const { db } = testDb;
    const created = await createRegistration(specialist, { moduleId: "srt", patient: hostilePatient(valueFor), identifiedByService: false }, db);
    if (!created.ok) throw new Error(`create refused: ${created.code} ${JSON.stringify(created.fieldErrors)}`);
    const saved = await saveDraft(specialist, { id: created.data.id, version: created.data.version, formData: hostileFormData(valueFor) }, db);
    if (!saved.ok) throw new Error(`save refused: ${saved.code} ${JSON.stringify(saved.fieldErrors)}`);
    const view = await getRegistration(specialist, created.data.id, "edit", db);
    const warnings = validateRegistration(view!, { today: new Date(), sendDate: new Date() }).issues.filter((issue) => issue.severity === "warning");
    expect(warnings.length, "the hostile registration has a warning to confirm").toBeGreaterThan(0);
    const confirmations = warnings.map((warning) => ({ ruleId: warning.ruleId, fieldPath: warning.path, comment: confirmation }));
    const confirmed = await saveWarningConfirmations(specialist, { id: created.data.id, version: saved.data.version, confirmations }, db);
    if (!confirmed.ok) throw new Error(`confirmations refused: ${confirmed.code}`);
    return created.data.id;
  }

  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    specialist = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    for (const [name, payload] of Object.entries(xssPayloads) as [PayloadName, string][]) {
      ids.set(name, await storeHostile((max) => fit(payload, max), fit(payload, 2000)));
    }
    const formula = (max: number | undefined, index: number) => fit(formulaPayloads[index % formulaPayloads.length]!, max);
    ids.set("formula", await storeHostile(formula, "=1+1"));
  }, 180_000);
  afterAll(async () => {
    await testDb?.close();
  });

  it("covers every free-text field of the module, each visible in the test data and bounded in length", () => {
    expect(textFields.map((entry) => entry.path)).toEqual(expect.arrayContaining(["comments", "trialId"]));
    const visible = new Set([...walkVisibleFields(srt.form, hostileFormData(() => "x"))].map((instance) => instance.path));
    for (const { path, field } of textFields) {
      expect(visible.has(path), `${path} is shown for the test data`).toBe(true);
      expect(field.maxLength, `${path} declares a maximum length`).toBeGreaterThan(0);
    }
  });

  it("stores hostile text exactly as typed: nothing escaped, nothing stripped", async () => {
    for (const [name, payload] of Object.entries(xssPayloads) as [PayloadName, string][]) {
      const view = (await getRegistration(specialist, ids.get(name)!, "view", testDb.db))!;
      for (const { path, field } of textFields) expect(getAtPath(view.formData, path), `${name} ${path}`).toBe(fit(payload, field.maxLength));
      for (const field of patientFreeTextFields) expect(view.patient[field], `${name} patient ${field}`).toBe(fit(payload, patientMaxLength(field)));
      for (const confirmation of view.confirmations) expect(confirmation.comment).toBe(fit(payload, 2000));
    }
  });

  it("prints hostile text literally in the PDF", async () => {
    const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
    for (const [name, payload] of Object.entries(xssPayloads) as [PayloadName, string][]) {
      const printed = await printRegistration(specialist, ids.get(name)!, "en", testDb.db);
      const pdf = await getDocumentProxy(new Uint8Array(printed!.pdf));
      const text = collapse((await extractText(pdf, { mergePages: true })).text);
      if (name === "longUnicode") {
        // Roboto has no emoji nor CJK glyphs: the Latin text around them must be intact.
        expect(text).toContain("Zoë Çelik");
      } else if (name === "rightToLeftOverride") {
        expect(text).toContain("txt.exe");
      } else {
        for (const maxLength of [12, 30, 40, 100, 2000, 4000]) {
          const expected = collapse(fit(payload, maxLength));
          expect(text, `${name} cut at ${maxLength}`).toContain(expected);
        }
      }
    }
  });

  for (const format of ["csv", "txt"] as const) {
    it(`neutralises formulas in every free-text cell of the ${format.toUpperCase()} export, which still parses`, async () => {
      const prepared = exportRegistrations(specialist, { moduleId: "srt", kind: "saved", format, locale: "en" }, testDb.db);
      if (!prepared.ok) throw new Error(prepared.code);
      let raw = "";
      for await (const chunk of prepared.data.chunks) raw += chunk;
      const rows = parseDelimited(raw, format === "csv" ? "," : "\t");
      const header = rows[0]!;
      for (const row of rows) expect(row, "every line has every column").toHaveLength(header.length);
      const byId = new Map(records(rows).map((row) => [row.registrationId, row]));

      const formulaRow = byId.get(ids.get("formula")!)!;
      const columns = exportColumnsOf(srt);
      const formulaAt = (max: number | undefined, index: number) => fit(formulaPayloads[index % formulaPayloads.length]!, max);
      textFields.forEach(({ field }, index) => {
        const column = columns.find((candidate) => candidate.id.endsWith(`${field.id}_${field.key}`))!;
        expect(formulaRow[column.id], column.id).toBe(`'${formulaAt(field.maxLength, index)}`);
      });
      patientFreeTextFields.forEach((field, index) => expect(formulaRow[`patient_${field}`], field).toBe(`'${formulaAt(patientMaxLength(field), index)}`));
      // No cell of any hostile row starts like a formula, whatever column it is in.
      for (const id of ids.values()) {
        for (const [column, cell] of Object.entries(byId.get(id)!)) {
          if (/^[+-]?\d+(\.\d+)?$/.test(cell)) continue;
          expect(cell, column).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
      // The HTML payloads are data to a spreadsheet: written as typed.
      expect(byId.get(ids.get("scriptTag")!)!.patient_lastName).toBe(xssPayloads.scriptTag);
    });
  }

  it("trims tab and CR prefixes on save, and neutralises them in a cell should one get there", async () => {
    const created = await createRegistration(specialist, { moduleId: "srt", patient: { ...validPatient, lastName: "\t=cmd", town: "\r@SUM(1)" }, identifiedByService: false }, testDb.db);
    if (!created.ok) throw new Error(created.code);
    const view = (await getRegistration(specialist, created.data.id, "view", testDb.db))!;
    expect([view.patient.lastName, view.patient.town]).toEqual(["=cmd", "@SUM(1)"]);
    const csv = parseDelimited(formatLine(["\t=1+1", "\r=1+1", "-1", "ok"], "csv"), ",");
    const txt = parseDelimited(formatLine(["\t=1+1", "\r=1+1", "-1", "ok"], "txt"), "\t");
    expect(csv).toEqual([["'\t=1+1", "'\r=1+1", "-1", "ok"]]);
    expect(txt).toEqual([["' =1+1", "' =1+1", "-1", "ok"]]);
  });
});
