/**
 * Project participation (manual §6.1.1, §5.8c): sending a standard registration whose chronology
 * activates SRT offers SRT to its hospital; "later" keeps it in the Projects tab (by INSZ,
 * insurance number, MOC date, project); "now" starts the SRT draft with the patient block and the
 * tumour facts prefilled and linked to its source; "never" is remembered for the patient and
 * project in that hospital. Other hospitals and functions without a physician are refused.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { exportRegistrations } from "@/lib/exports/export-registrations";
import { standardModule } from "@/lib/modules/standard";
import { maleBreastCancer, lungCancer } from "@/lib/modules/standard/examples";
import { decideProjectOffer } from "@/lib/projects/decide-offer";
import { offersOfRegistration, searchProjectOffers } from "@/lib/projects/list-offers";
import { startProjectRegistration } from "@/lib/projects/start-project";
import { createRegistration } from "@/lib/registrations/create-registration";
import { getRegistration } from "@/lib/registrations/get-registration";
import { printRegistration } from "@/lib/registrations/print-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { sendRegistration } from "@/lib/registrations/send-registration";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import { parseDelimited } from "../e2e/support/delimited";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

const STANDARD = standardModule.id;

describe("project offers after sending a standard registration", () => {
  let testDb: TestDb;
  let claes: SessionContext;
  let maes: SessionContext;
  let lambert: SessionContext;
  let coordinator: SessionContext;
  let firstId: string;
  let firstReference: string;

  /** Creates, saves and sends a standard registration, confirming whatever warnings it raises. */
  async function sendStandard(context: SessionContext, formData: unknown, patient: TPatientIdentification = validPatient) {
    const created = await createRegistration(context, { moduleId: STANDARD, patient, identifiedByService: false }, testDb.db);
    if (!created.ok) throw new Error(created.code);
    const saved = await saveDraft(context, { id: created.data.id, version: created.data.version, formData }, testDb.db);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    let sent = await sendRegistration(context, { id: created.data.id, version: saved.data.version, confirmations: [] }, testDb.db);
    if (!sent.ok && sent.code === "unconfirmed_warnings") {
      const confirmations = (sent.issues ?? []).map((issue) => ({ ruleId: issue.ruleId, fieldPath: issue.path, comment: "checked" }));
      sent = await sendRegistration(context, { id: created.data.id, version: saved.data.version, confirmations }, testDb.db);
    }
    if (!sent.ok) throw new Error(JSON.stringify(sent.issues ?? sent.code));
    return { id: created.data.id, reference: sent.data.reference };
  }

  beforeAll(async () => {
    testDb = await createTestDb();
    const { db } = testDb;
    await seedDemo(db);
    claes = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    maes = await signIn(db, people.gentMaes, "SPECIALIST", hospitals.gent);
    lambert = await signIn(db, people.liegeLambert, "SPECIALIST", hospitals.liege);
    coordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    ({ id: firstId, reference: firstReference } = await sendStandard(claes, maleBreastCancer));
  }, 120_000);
  afterAll(async () => {
    await testDb?.close();
  });

  it("offers SRT once for a chronology with radiotherapy, and nothing without", async () => {
    expect(await offersOfRegistration(claes, firstId, testDb.db)).toEqual([
      expect.objectContaining({ projectModuleId: "srt", status: "OPEN", projectRegistration: null }),
    ]);
    const withoutRadiotherapy = await sendStandard(claes, lungCancer);
    expect(await offersOfRegistration(claes, withoutRadiotherapy.id, testDb.db)).toEqual([]);
    expect(await testDb.db.projectOffer.count({ where: { sourceRegistrationId: firstId } })).toBe(1);
  });

  it("shows and answers offers only within the hospital's scope, and not for functions without a physician", async () => {
    const [offer] = await offersOfRegistration(claes, firstId, testDb.db);
    expect(await offersOfRegistration(lambert, firstId, testDb.db)).toEqual([]);
    expect(await offersOfRegistration(maes, firstId, testDb.db)).toEqual([]);
    expect(await offersOfRegistration(coordinator, firstId, testDb.db)).toEqual([]);
    expect(await decideProjectOffer(lambert, { offerId: offer!.id, choice: "never" }, testDb.db)).toMatchObject({ ok: false, code: "not_found" });
    expect(await startProjectRegistration(lambert, { offerId: offer!.id }, testDb.db)).toMatchObject({ ok: false, code: "not_found" });
    expect(await startProjectRegistration(coordinator, { offerId: offer!.id }, testDb.db)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await searchProjectOffers(coordinator, {}, testDb.db)).toEqual({ ok: false, code: "forbidden" });
    expect(await decideProjectOffer(claes, { offerId: "not-a-uuid", choice: "later" }, testDb.db)).toMatchObject({ ok: false, code: "invalid" });
    expect((await offersOfRegistration(claes, firstId, testDb.db))[0]!.status).toBe("OPEN");
  });

  it("keeps a postponed offer in the Projects tab, found by INSZ, insurance number, MOC date and project", async () => {
    const [offer] = await offersOfRegistration(claes, firstId, testDb.db);
    expect(await decideProjectOffer(claes, { offerId: offer!.id, choice: "later" }, testDb.db)).toMatchObject({ ok: true });
    const found = async (search: Parameters<typeof searchProjectOffers>[1]) => {
      const result = await searchProjectOffers(claes, search, testDb.db);
      if (!result.ok) throw new Error(result.code);
      return result.data.map((row) => row.id);
    };
    expect(await found({ query: "85073003328" })).toEqual([offer!.id]);
    expect(await found({ query: validPatient.insuranceNumber })).toEqual([offer!.id]);
    expect(await found({ mocDate: maleBreastCancer.mocDate })).toEqual([offer!.id]);
    expect(await found({ mocDate: "2024-11-07" })).toEqual([]);
    expect(await found({ projectId: "srt", query: validPatient.insz })).toEqual([offer!.id]);
    expect(await found({ query: "85073003427" })).toEqual([]);
    const listed = await searchProjectOffers(claes, { query: validPatient.insz }, testDb.db);
    expect(listed.ok && listed.data[0]).toMatchObject({ status: "LATER", mocDate: maleBreastCancer.mocDate, source: { reference: firstReference, patientName: "Janssens, Karel" } });
    expect(await searchProjectOffers(claes, { mocDate: "2024-02-31" }, testDb.db)).toEqual({ ok: false, code: "invalid" });
    const other = await searchProjectOffers(lambert, { query: validPatient.insz }, testDb.db);
    expect(other.ok && other.data).toEqual([]);
  });

  it("starts the SRT registration with the patient and tumour prefilled, linked to its source, once", async () => {
    const [offer] = await offersOfRegistration(claes, firstId, testDb.db);
    const started = await startProjectRegistration(claes, { offerId: offer!.id }, testDb.db);
    if (!started.ok) throw new Error(started.code);
    expect(await startProjectRegistration(claes, { offerId: offer!.id }, testDb.db)).toEqual({ ok: true, data: { id: started.data.id } });

    const project = (await getRegistration(claes, started.data.id, "view", testDb.db))!;
    expect(project).toMatchObject({ moduleId: "srt", status: "DRAFT", sourceRegistration: { id: firstId, reference: firstReference, moduleId: STANDARD } });
    expect(project.patient).toMatchObject({ insz: validPatient.insz, lastName: "Janssens", firstName: "Karel", birthDate: "1985-07-30" });
    expect(project.formData).toMatchObject({
      incidenceDate: maleBreastCancer.incidenceDate,
      topography: maleBreastCancer.topography,
      morphology: maleBreastCancer.morphology,
      laterality: "1",
      basisOfDiagnosis: "2",
      mdtDate: maleBreastCancer.mocDate,
    });
    expect(project.prefilledFields).toMatchObject({ topography: maleBreastCancer.topography, mdtDate: maleBreastCancer.mocDate });

    const source = (await getRegistration(claes, firstId, "view", testDb.db))!;
    expect(source.projectRegistrations).toEqual([{ id: started.data.id, moduleId: "srt", reference: null, status: "DRAFT" }]);
    expect(await offersOfRegistration(claes, firstId, testDb.db)).toEqual([
      expect.objectContaining({ status: "STARTED", projectRegistration: { id: started.data.id, reference: null } }),
    ]);
    const tab = await searchProjectOffers(claes, { query: validPatient.insz }, testDb.db);
    expect(tab.ok && tab.data).toEqual([]);
  });

  it("prints and exports the link on the project side", { timeout: 60_000 }, async () => {
    const [offer] = await offersOfRegistration(claes, firstId, testDb.db);
    const projectId = offer!.projectRegistration!.id;
    const printed = async (id: string) => {
      const pdf = await printRegistration(claes, id, "en", testDb.db);
      if (!pdf) throw new Error("not printed");
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.pdf)), { mergePages: true });
      return text.replace(/\s+/g, " ");
    };
    expect(await printed(projectId)).toContain(`Started from standard registration ${firstReference}`);

    const prepared = exportRegistrations(claes, { moduleId: "srt", kind: "saved", format: "csv", locale: "en" }, testDb.db);
    if (!prepared.ok) throw new Error(prepared.code);
    let raw = "";
    for await (const chunk of prepared.data.chunks) raw += chunk;
    const [header, ...lines] = parseDelimited(raw.slice(1), ",");
    const rows = lines.filter((line) => line.length > 1).map((line) => Object.fromEntries(header!.map((id, i) => [id, line[i]!])));
    expect(rows.find((row) => row.registrationId === projectId)).toMatchObject({ projectSource: firstReference });
  });

  it("remembers 'never' for this patient and project in this hospital, and only there", async () => {
    const second = await sendStandard(claes, maleBreastCancer);
    const [offer] = await offersOfRegistration(claes, second.id, testDb.db);
    expect(offer).toMatchObject({ projectModuleId: "srt", status: "OPEN" });
    expect(await decideProjectOffer(claes, { offerId: offer!.id, choice: "never" }, testDb.db)).toMatchObject({ ok: true, data: { closed: 1 } });
    expect(await startProjectRegistration(claes, { offerId: offer!.id }, testDb.db)).toMatchObject({ ok: false, code: "not_found" });
    expect(await decideProjectOffer(claes, { offerId: offer!.id, choice: "later" }, testDb.db)).toMatchObject({ ok: false, code: "not_found" });

    const third = await sendStandard(claes, maleBreastCancer);
    expect(await offersOfRegistration(claes, third.id, testDb.db)).toEqual([]);
    // Written differently, still the same patient (blind index of the normalised INSZ).
    const fourth = await sendStandard(claes, maleBreastCancer, { ...validPatient, insz: "85073003328" });
    expect(await offersOfRegistration(claes, fourth.id, testDb.db)).toEqual([]);

    const otherPatient = await sendStandard(claes, maleBreastCancer, { ...validPatient, insz: "85073003427", sex: "F", insuranceNumber: undefined });
    expect(await offersOfRegistration(claes, otherPatient.id, testDb.db)).toHaveLength(1);
    const elsewhere = await sendStandard(lambert, maleBreastCancer);
    expect(await offersOfRegistration(lambert, elsewhere.id, testDb.db)).toHaveLength(1);
  });
});
