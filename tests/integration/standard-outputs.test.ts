/**
 * Issue 14's outputs on a real database, for the standard registration: the content's dates
 * stored at save and used to download and search by MOC date (§5.8, §5.11) without reading the
 * content; the hospital's own fields (§5.5) only in the hospital's export; the send-window
 * worklist; the registration + MOC list in one PDF; bulk sending of standard drafts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { demoHospitalLists } from "@/lib/demo/campuses";
import { shiftDates } from "@/lib/demo/shift-dates";
import { exportRegistrations, type ExportOptions } from "@/lib/exports/export-registrations";
import { toIsoDate } from "@/lib/modules/dates";
import { addMonths } from "@/lib/modules/send-window";
import { lungCancer, prostateCancer } from "@/lib/modules/standard/examples";
import type { StandardDraft } from "@/lib/modules/standard";
import { bulkSend, listBulkCandidates } from "@/lib/registrations/bulk-send";
import { checkRegistration } from "@/lib/registrations/check-registration";
import { createRegistration } from "@/lib/registrations/create-registration";
import { printRegistration } from "@/lib/registrations/print-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { saveWarningConfirmations } from "@/lib/registrations/save-warning-confirmations";
import { searchRegistrations } from "@/lib/registrations/search-registrations";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { sendWindowCounts, sendWindowWorklist } from "@/lib/registrations/send-window-worklist";
import { getRegistration } from "@/lib/registrations/get-registration";
import { buildSummary } from "@/lib/registrations/summary-rows";
import { shownForm } from "@/lib/registrations/shown-form";
import { getModule } from "@/lib/modules/registry";
import { extractText, getDocumentProxy } from "unpdf";
import { validateRegistration } from "@/lib/registrations/validate-registration";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

const now = new Date();
const today = toIsoDate(now);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
/** The example moved so that its incidence date is `incidence` (every date moves with it). */
const movedTo = (example: StandardDraft, incidence: string): StandardDraft => shiftDates(example, daysBetween(example.incidenceDate!, incidence));

/** A minimal CSV reader for these files (quoted fields, CRLF). */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += c;
  }
  const [header, ...lines] = rows;
  return lines.map((line) => Object.fromEntries(header!.map((id, index) => [id, line[index]!])));
}

describe("standard registration outputs", () => {
  let testDb: TestDb;
  let specialist: SessionContext;
  let coordinator: SessionContext;
  let registryStaff: SessionContext;
  const ids: Record<string, string> = {};

  async function draft(name: string, formData: StandardDraft): Promise<void> {
    const created = await createRegistration(specialist, { moduleId: "standard", patient: validPatient, identifiedByService: true }, testDb.db);
    if (!created.ok) throw new Error(`create refused: ${created.code}`);
    const saved = await saveDraft(specialist, { id: created.data.id, version: created.data.version, formData }, testDb.db);
    if (!saved.ok) throw new Error(`save refused: ${saved.code} ${JSON.stringify(saved.fieldErrors)}`);
    ids[name] = created.data.id;
  }

  async function send(name: string): Promise<void> {
    const checked = await checkRegistration(specialist, ids[name]!, testDb.db, now);
    if (!checked) throw new Error("not found");
    const confirmations = checked.outcome.issues.filter((issue) => issue.severity === "warning").map((issue) => ({ ruleId: issue.ruleId, fieldPath: issue.path, comment: "Nagekeken" }));
    const sent = await sendRegistration(specialist, { id: ids[name]!, version: checked.registration.version, confirmations }, testDb.db, now);
    if (!sent.ok) throw new Error(`send refused: ${sent.code} ${JSON.stringify(sent.issues?.map((issue) => issue.ruleId))}`);
  }

  async function download(context: SessionContext, options: Partial<ExportOptions>): Promise<Record<string, string>[]> {
    const prepared = exportRegistrations(context, { moduleId: "standard", kind: "sent", format: "csv", locale: "en", batchSize: 3, ...options }, testDb.db);
    if (!prepared.ok) throw new Error(`export refused: ${prepared.code}`);
    let raw = "";
    for await (const chunk of prepared.data.chunks) raw += chunk;
    return parseCsv(raw.slice(1));
  }

  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    specialist = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    coordinator = await signIn(testDb.db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    registryStaff = await signIn(testDb.db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);
    // Two sent new diagnoses with a MOC, in November and in January; the second with own-use fields.
    await draft("november", lungCancer);
    await draft("january", { ...lungCancer, mocDate: "2025-01-15", coordinatingPhysicianDate: "2025-01-15", ownFieldsWanted: true, ownFields: [{ name: "Interne studie", kind: "TEXT", textValue: "ONCO-17" }] });
    await send("november");
    await send("january");
    // Drafts around the send window (4–6 months after the incidence date).
    await draft("due", movedTo(prostateCancer, addMonths(today, -5)));
    await draft("overdue", movedTo(prostateCancer, addMonths(today, -8)));
    await draft("early", movedTo(prostateCancer, addMonths(today, -1)));
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("keeps the content's incidence and MOC dates in columns of their own, at every save", async () => {
    const row = await testDb.db.registration.findUniqueOrThrow({ where: { id: ids.november }, select: { incidenceDate: true, mocDate: true } });
    expect(row.incidenceDate?.toISOString().slice(0, 10)).toBe("2024-10-21");
    expect(row.mocDate?.toISOString().slice(0, 10)).toBe("2024-11-06");
    const prostate = await testDb.db.registration.findUniqueOrThrow({ where: { id: ids.due }, select: { mocDate: true, version: true } });
    expect(prostate.mocDate).toBeNull();
    // Saving another MOC date moves the column with it.
    const moved = await saveDraft(specialist, { id: ids.due!, version: prostate.version, formData: { ...movedTo(prostateCancer, addMonths(today, -5)), mocReasons: ["NEW_DIAGNOSIS"], mocDate: "2025-02-02" } }, testDb.db);
    expect(moved.ok).toBe(true);
    const after = await testDb.db.registration.findUniqueOrThrow({ where: { id: ids.due }, select: { mocDate: true } });
    expect(after.mocDate?.toISOString().slice(0, 10)).toBe("2025-02-02");
  });

  it("lets a coordinator download the sent registrations of a MOC period, with the registry's codes", async () => {
    const rows = await download(coordinator, { dateBy: "mocDate", fromDay: "2024-11-01", toDay: "2024-11-30" });
    expect(rows.map((row) => row.registrationId)).toEqual([ids.november]);
    const [row] = rows;
    expect(row!.MP6D_mocDate).toBe("2024-11-06");
    expect(row!["2_basisOfDiagnosis"]).toBe("2");
    expect(row!["4_topography"]).toBe("C34.1");
    expect(row!.treatment1_10B1_code).toBe("10");
    expect(row!.M1_mocReasons).toBe("NEW_DIAGNOSIS");
    expect(Object.values(row!).join(" ")).toContain("45678981003");
    // Both days are included; outside the period, nothing.
    expect((await download(coordinator, { dateBy: "mocDate", fromDay: "2024-11-06", toDay: "2024-11-06" })).length).toBe(1);
    expect((await download(coordinator, { dateBy: "mocDate", fromDay: "2025-01-16" })).length).toBe(0);
    expect((await download(coordinator, { dateBy: "incidenceDate", fromDay: "2024-10-21", toDay: "2024-10-21" })).length).toBe(2);
    // A module that does not search by MOC date refuses it.
    expect(exportRegistrations(coordinator, { moduleId: "srt", kind: "sent", format: "csv", locale: "en", dateBy: "mocDate" }, testDb.db).ok).toBe(false);
  });

  it("never exports the fields for the hospital's own use to the registry; the hospital's export has them, marked", async () => {
    const registry = await download(coordinator, {});
    expect(Object.keys(registry[0]!).some((id) => id.includes("X2"))).toBe(false);
    const hospital = await download(coordinator, { audience: "hospital" });
    const january = hospital.find((row) => row.registrationId === ids.january)!;
    expect(january.own1_X2T_textValue).toBe("ONCO-17");
    const prepared = exportRegistrations(coordinator, { moduleId: "standard", kind: "sent", format: "csv", locale: "nl", header: "labels", audience: "hospital" }, testDb.db);
    if (!prepared.ok) throw new Error("refused");
    let raw = "";
    for await (const chunk of prepared.data.chunks) raw += chunk;
    expect(raw.split("\r\n")[0]).toContain("(eigen gebruik, niet verzonden)");
    expect(prepared.data.fileName).toContain("-hospital-");
    // Registry staff get the registry's file only.
    const refused = exportRegistrations(registryStaff, { moduleId: "standard", kind: "sent", format: "csv", locale: "en", audience: "hospital" }, testDb.db);
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    expect((await download(registryStaff, {})).every((row) => !("own1_X2T_textValue" in row))).toBe(true);
  });

  it("shows the hospital's own fields to the hospital, never to registry staff: summary, read-only form, PDF", async () => {
    const pdfText = async (context: SessionContext, parts: string | null = null) => {
      const printed = await printRegistration(context, ids.january!, "nl", testDb.db, now, parts);
      if (!printed) throw new Error("not printed");
      return (await extractText(await getDocumentProxy(new Uint8Array(printed.pdf)), { mergePages: true })).text;
    };
    const summaryText = (view: Parameters<typeof buildSummary>[0]) =>
      buildSummary(view, "nl").flatMap((section) => [section.title, ...section.rows.map((row) => (row.kind === "field" ? `${row.label} ${row.value}` : row.label))]).join("\n");
    // The hospital: on the summary, in the form and in the PDF.
    const hospital = await getRegistration(coordinator, ids.january!, "view", testDb.db);
    expect(hospital?.audience).toBe("hospital");
    expect(summaryText(hospital!)).toContain("ONCO-17");
    expect(summaryText(hospital!)).toContain("Gegevens voor eigen gebruik");
    expect(shownForm(getModule("standard")!, hospital!).sections.map((section) => section.id)).toContain("X");
    expect(await pdfText(coordinator)).toContain("ONCO-17");
    // Registry staff: the same registration without them, anywhere; the rest is there.
    const registry = await getRegistration(registryStaff, ids.january!, "view", testDb.db);
    expect(registry?.audience).toBe("registry");
    expect(JSON.stringify(registry!.formData)).not.toContain("ONCO-17");
    expect(registry!.formData).not.toHaveProperty("ownFieldsWanted");
    expect(registry!.formData).toHaveProperty("topography", lungCancer.topography);
    expect(summaryText(registry!)).not.toContain("ONCO-17");
    expect(summaryText(registry!)).not.toContain("Gegevens voor eigen gebruik");
    expect(summaryText(registry!)).toContain("C34.1");
    expect(shownForm(getModule("standard")!, registry!).sections.map((section) => section.id)).not.toContain("X");
    for (const parts of [null, "registration,moc"]) {
      const text = await pdfText(registryStaff, parts);
      expect(text).not.toContain("ONCO-17");
      expect(text).not.toContain("Interne studie");
      expect(text).toContain("C34.1");
    }
    // Nothing of it was changed for the hospital.
    const stored = await testDb.db.registration.findUniqueOrThrow({ where: { id: ids.january }, select: { formData: true } });
    expect(JSON.stringify(stored.formData)).toContain("ONCO-17");
  });

  it("offers the printouts a registration's content has on its list row (the MOC list), for the print route", async () => {
    const sent = await searchRegistrations(specialist, { moduleId: "standard", tab: "sent" }, testDb.db);
    if (!sent.ok) throw new Error("refused");
    const november = sent.data.items.find((item) => item.id === ids.november)!;
    expect(november.printouts).toEqual([{ id: "moc", action: expect.objectContaining({ nl: expect.any(String), fr: expect.any(String) }), href: `/registrations/${ids.november}/pdf?parts=moc` }]);
    // A prostate registration without MOC has none; neither has a module without printouts.
    const saved = await searchRegistrations(specialist, { moduleId: "standard", tab: "saved" }, testDb.db);
    if (!saved.ok) throw new Error("refused");
    expect(saved.data.items.find((item) => item.id === ids.overdue)?.printouts).toEqual([]);
    const srt = await searchRegistrations(specialist, { moduleId: "srt", tab: "sent" }, testDb.db);
    expect(srt.ok && srt.data.items.every((item) => item.printouts.length === 0)).toBe(true);
  });

  it("finds registrations by MOC date on the Sent and Saved tabs", async () => {
    const sent = await searchRegistrations(specialist, { moduleId: "standard", tab: "sent", date: { by: "mocDate", on: "2024-11-06" } }, testDb.db);
    expect(sent.ok && sent.data.items.map((item) => item.id)).toEqual([ids.november]);
    const saved = await searchRegistrations(specialist, { moduleId: "standard", tab: "saved", date: { by: "mocDate", on: "2025-02-02" } }, testDb.db);
    expect(saved.ok && saved.data.items.map((item) => item.id)).toEqual([ids.due]);
    expect(await searchRegistrations(specialist, { moduleId: "srt", tab: "sent", date: { by: "mocDate", on: "2024-11-06" } }, testDb.db)).toMatchObject({ ok: false, code: "invalid" });
    expect(await searchRegistrations(specialist, { moduleId: "standard", tab: "sent", date: { by: "mocDate", on: "2024-02-30" } }, testDb.db)).toMatchObject({ ok: false, code: "invalid" });
  });

  it("lists the drafts due or overdue in the send window, oldest first, for the hospital", async () => {
    const worklist = await sendWindowWorklist(coordinator, "standard", testDb.db, now);
    expect(worklist?.after).toBe("incidenceDate");
    expect(worklist?.items.map((item) => [item.id, item.status])).toEqual([
      [ids.overdue, "overdue"],
      [ids.due, "due"],
    ]);
    expect(worklist?.items[1]?.due).toBe(addMonths(addMonths(today, -5), 6));
    expect(await sendWindowWorklist(coordinator, "srt", testDb.db, now)).toBeNull();
    // The home page's notice counts them all (the specialist's own drafts; registry staff see no drafts).
    expect(await sendWindowCounts(coordinator, "standard", testDb.db, now)).toEqual({ due: 1, overdue: 1 });
    expect(await sendWindowCounts(specialist, "standard", testDb.db, now)).toEqual({ due: 1, overdue: 1 });
    expect(await sendWindowCounts(registryStaff, "standard", testDb.db, now)).toEqual({ due: 0, overdue: 0 });
    expect(await sendWindowCounts(coordinator, "srt", testDb.db, now)).toBeNull();
    // Another hospital sees none of them.
    const liege = await signIn(testDb.db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);
    expect((await sendWindowWorklist(liege, "standard", testDb.db, now))?.items).toEqual([]);
  });

  it("informs, without asking for a confirmation, when a registration is sent before the window opens (A55-I01)", async () => {
    const registration = { moduleId: "standard", formData: movedTo(prostateCancer, addMonths(today, -1)), patient: validPatient, identifiedByService: true, hospitalLists: demoHospitalLists() };
    const outcome = validateRegistration(registration, { today: now, sendDate: now });
    expect(outcome.issues.filter((issue) => issue.ruleId === "A55-I01")).toEqual([expect.objectContaining({ severity: "information", path: "incidenceDate" })]);
    expect(outcome.informationCount).toBe(1);
    expect(outcome.status).toBe(outcome.warningCount > 0 ? "VALID_WITH_WARNINGS" : "VALID");
    // Sent without any confirmation of it.
    await send("early");
    const sent = await testDb.db.registration.findUniqueOrThrow({ where: { id: ids.early }, include: { confirmations: true } });
    expect(sent.status).toBe("SENT");
    expect(sent.confirmations.map((c) => c.ruleId)).not.toContain("A55-I01");
  });

  it("prints the registration and its MOC list in one PDF, or the MOC list alone; never a MOC list without a MOC", async () => {
    const both = await printRegistration(specialist, ids.november!, "nl", testDb.db, now, "registration,moc");
    expect(both?.fileName).toMatch(/^STD-\d{4}-\d{6}-report\.pdf$/);
    expect(both?.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await printRegistration(specialist, ids.november!, "fr", testDb.db, now, "moc"))?.fileName).toMatch(/-moc\.pdf$/);
    expect(await printRegistration(specialist, ids.overdue!, "nl", testDb.db, now, "moc")).toBeNull();
    expect(await printRegistration(specialist, ids.november!, "nl", testDb.db, now, "registration,unknown")).toBeNull();
  });

  it("bulk-sends standard drafts whose warnings were confirmed on the summary", async () => {
    const checked = await checkRegistration(specialist, ids.overdue!, testDb.db, now);
    if (!checked) throw new Error("not found");
    const warnings = checked.outcome.issues.filter((issue) => issue.severity === "warning");
    expect(warnings.map((issue) => issue.ruleId)).toContain("A55-W03");
    const confirmed = await saveWarningConfirmations(specialist, { id: ids.overdue!, version: checked.registration.version, confirmations: warnings.map((w) => ({ ruleId: w.ruleId, fieldPath: w.path, comment: "Laat, nagekeken" })) }, testDb.db, now);
    expect(confirmed.ok).toBe(true);
    const candidates = await listBulkCandidates(specialist, "standard", testDb.db);
    expect(candidates.map((candidate) => candidate.id)).toContain(ids.overdue);
    const result = await bulkSend(specialist, { moduleId: "standard", ids: [ids.overdue] }, testDb.db, () => now);
    expect(result).toMatchObject({ ok: true, outcomes: [{ id: ids.overdue, sent: true, reference: expect.stringMatching(/^STD-/) }] });
  });
});
