/**
 * Bulk download (F-BULK-2..4) on a real database: exactly the rows each user may export, files
 * that parse back (RFC 4180 CSV, tab-separated TXT), formula injection neutralised, accents
 * intact, audited once; the data dictionary beside it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DownloadForm } from "@/components/exports/download-form";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo, seedDemoRegistrations } from "@/lib/db/seed";
import { exportColumnsOf } from "@/lib/exports/columns";
import { measureRepeats } from "@/lib/modules/export-columns";
import { dataDictionary, dataDictionaryHeader } from "@/lib/exports/data-dictionary";
import { formatLine, neutraliseFormula } from "@/lib/exports/delimited-text";
import { parseExportQuery } from "@/lib/exports/export-query";
import { exportRegistrations, type ExportOptions } from "@/lib/exports/export-registrations";
import { getModule } from "@/lib/modules/registry";
import { createRegistration } from "@/lib/registrations/create-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { primaryTumour } from "../unit/modules/srt/fixtures";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

// The route handlers read the session from the cookie and texts from next-intl: both stubbed here.
const session = vi.hoisted(() => ({ context: null as unknown }));
vi.mock("@/lib/access/verify-session", () => ({ getSessionContext: async () => session.context }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}`,
}));

const srt = getModule("srt")!;
const defaultIds = exportColumnsOf(srt).map((column) => column.id);
const seededAt = new Date("2025-06-01T12:00:00Z");
const injection = "=cmd|' /C calc'!A0";

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF line ends, nothing else. */
function parseCsv(text: string): string[][] {
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
    } else if (c === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else if (c === "\r" || c === "\n") {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else field += c;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) throw new Error("last line without CRLF");
  return rows;
}

function parseTxt(text: string): string[][] {
  expect(text.endsWith("\r\n")).toBe(true);
  return text
    .slice(0, -2)
    .split("\r\n")
    .map((line) => line.split("\t"));
}

interface Table {
  header: string[];
  rows: Record<string, string>[];
  raw: string;
}

describe("exports", () => {
  let testDb: TestDb;
  let specialist: SessionContext;
  let admin: SessionContext;
  let gentCoordinator: SessionContext;
  let liegeCoordinator: SessionContext;
  let registryStaff: SessionContext;
  let accessManager: SessionContext;
  let claesGent: string;
  let special: { id: string };
  let wide: { id: string };

  beforeAll(async () => {
    testDb = await createTestDb();
    const { db } = testDb;
    await seedDemo(db);
    // Enough for every physician's guaranteed drafts plus a spread of sent ones in each hospital.
    await seedDemoRegistrations(db, 240, seededAt);
    specialist = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    admin = await signIn(db, people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent, people.gentClaes);
    gentCoordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    liegeCoordinator = await signIn(db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);
    registryStaff = await signIn(db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);
    accessManager = await signIn(db, people.gentAccessManager, "ACCESS_MANAGER", hospitals.gent);
    claesGent = specialist.membership!.id;

    // A draft whose free texts try formula injection, with accents, quotes, commas, tabs and line breaks.
    const patient = { ...validPatient, lastName: "Dupré-Çelik", firstName: "Zoë", comment: injection };
    const created = await createRegistration(specialist, { moduleId: "srt", patient, identifiedByService: false }, db);
    if (!created.ok) throw new Error(`create refused: ${created.code}`);
    const comments = 'Gezien door "Dr. Müller", ok;\ttab\r\nnieuwe regel, één';
    const saved = await saveDraft(specialist, { id: created.data.id, version: created.data.version, formData: { ...primaryTumour, comments } }, db);
    if (!saved.ok) throw new Error(`save refused: ${saved.code}`);
    special = created.data;

    // A draft with more plans and lesions than the default column set (3 plans of 5 lesions).
    const other = await createRegistration(specialist, { moduleId: "srt", patient: validPatient, identifiedByService: true }, db);
    if (!other.ok) throw new Error("create refused");
    const plan = primaryTumour.plans![0]!;
    const lesion = plan.lesions![0]!;
    const plans = [1, 2, 3, 4].map((n) => ({ ...plan, lesions: Array.from({ length: n === 1 ? 7 : 1 }, () => ({ ...lesion })) }));
    plans[3]!.startDate = "2024-12-02";
    plans[0]!.lesions![6]!.fractions = 8;
    const savedWide = await saveDraft(specialist, { id: other.data.id, version: other.data.version, formData: { ...primaryTumour, plans } }, db);
    if (!savedWide.ok) throw new Error(`save refused: ${savedWide.code}`);
    wide = other.data;

    // At least one sent registration of Dr Claes, whatever the seed gave them.
    const toSend = await createRegistration(specialist, { moduleId: "srt", patient: validPatient, identifiedByService: true }, db);
    if (!toSend.ok) throw new Error("create refused");
    const ready = await saveDraft(specialist, { id: toSend.data.id, version: toSend.data.version, formData: primaryTumour }, db);
    if (!ready.ok) throw new Error("save refused");
    const sendAt = new Date("2025-03-15T12:00:00Z");
    let sent = await sendRegistration(specialist, { id: toSend.data.id, version: ready.data.version, confirmations: [] }, db, sendAt);
    if (!sent.ok && sent.code === "unconfirmed_warnings") {
      const confirmations = (sent.issues ?? []).map((w) => ({ ruleId: w.ruleId, fieldPath: w.path, comment: "Checked in the file" }));
      sent = await sendRegistration(specialist, { id: toSend.data.id, version: ready.data.version, confirmations }, db, sendAt);
    }
    if (!sent.ok) throw new Error(`send refused: ${sent.code}`);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  async function read(context: SessionContext, options: Partial<ExportOptions> = {}): Promise<Table> {
    const prepared = exportRegistrations(context, { moduleId: "srt", kind: "saved", format: "csv", locale: "en", batchSize: 7, ...options }, testDb.db);
    if (!prepared.ok) throw new Error(`export refused: ${prepared.code}`);
    let raw = "";
    for await (const chunk of prepared.data.chunks) raw += chunk;
    expect(raw.startsWith("\uFEFF")).toBe(true);
    const body = raw.slice(1);
    const [header, ...lines] = options.format === "txt" ? parseTxt(body) : parseCsv(body);
    for (const line of lines) expect(line).toHaveLength(header!.length);
    return { header: header!, rows: lines.map((line) => Object.fromEntries(header!.map((id, i) => [id, line[i]!]))), raw };
  }

  async function expectedIds(status: "DRAFT" | "SENT", where: object): Promise<string[]> {
    const rows = await testDb.db.registration.findMany({ where: { moduleId: "srt", status, ...where }, select: { id: true } });
    return rows.map((row) => row.id).sort();
  }

  const idsOf = (table: Table) => table.rows.map((row) => row.registrationId!).sort();

  it("exports exactly the registrations each user may access, saved and sent", async () => {
    const gent = await testDb.db.organisation.findUniqueOrThrow({ where: { nihii: hospitals.gent } });
    const liege = await testDb.db.organisation.findUniqueOrThrow({ where: { nihii: hospitals.liege } });
    for (const [kind, status] of [["saved", "DRAFT"], ["sent", "SENT"]] as const) {
      const own = await read(specialist, { kind });
      const forClaes = await read(admin, { kind });
      const hospital = await read(gentCoordinator, { kind });
      const other = await read(liegeCoordinator, { kind });

      expect(idsOf(own)).toEqual(await expectedIds(status, { responsiblePhysicianId: claesGent }));
      expect(idsOf(forClaes)).toEqual(idsOf(own));
      expect(idsOf(hospital)).toEqual(await expectedIds(status, { organisationId: gent.id }));
      expect(idsOf(other)).toEqual(await expectedIds(status, { organisationId: liege.id }));
      expect(own.rows.length, kind).toBeGreaterThan(0);
      expect(other.rows.length, kind).toBeGreaterThan(0);
      expect(hospital.rows.length).toBeGreaterThan(own.rows.length);
      expect(idsOf(own).every((id) => idsOf(hospital).includes(id))).toBe(true);
      expect(idsOf(other).some((id) => idsOf(hospital).includes(id))).toBe(false);
      expect(new Set(other.rows.map((row) => row.organisation))).toEqual(new Set([liege.name]));
      expect(new Set(hospital.rows.map((row) => row.status))).toEqual(new Set([status]));
    }
  });

  it("lets registry staff export sent registrations of every hospital, never drafts", async () => {
    const sent = await read(registryStaff, { kind: "sent" });
    expect(idsOf(sent)).toEqual(await expectedIds("SENT", {}));
    expect(new Set(sent.rows.map((row) => row.organisation)).size).toBe(3);
    const saved = await read(registryStaff, { kind: "saved" });
    expect(saved.rows).toHaveLength(0);
  });

  it("refuses the access manager before reading anything, and records no export", async () => {
    const before = await testDb.db.auditEvent.count({ where: { action: { startsWith: "export." } } });
    expect(exportRegistrations(accessManager, { moduleId: "srt", kind: "sent", format: "csv", locale: "nl" }, testDb.db)).toEqual({ ok: false, code: "forbidden" });
    expect(exportRegistrations(null, { moduleId: "srt", kind: "sent", format: "csv", locale: "nl" }, testDb.db)).toEqual({ ok: false, code: "forbidden" });
    expect(exportRegistrations(specialist, { moduleId: "nope", kind: "sent", format: "csv", locale: "nl" }, testDb.db)).toEqual({ ok: false, code: "not_found" });
    expect(await testDb.db.auditEvent.count({ where: { action: { startsWith: "export." } } })).toBe(before);
  });

  it("writes the column ids as the first line, then one value per column for every row", async () => {
    const table = await read(liegeCoordinator, { kind: "sent" });
    expect(table.header).toEqual(defaultIds);
    expect(table.header.slice(0, 5)).toEqual(["registrationId", "reference", "status", "correctionOf", "module"]);
    expect(table.header).toContain("patient_insz");
    expect(table.header).toContain("plan3_lesion5_D4_totalDoseGy");
    const row = table.rows[0]!;
    expect(row.reference).toMatch(/^SRT-\d{4}-\d{6}$/);
    expect(row.sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(row.patient_insz).toMatch(/^\d{11}$/);
    expect(row.A1_indication).not.toBe("");
  });

  it("writes the registration's own columns exactly as the database holds them (timestamps in UTC whatever the zone)", async () => {
    const table = await read(registryStaff, { kind: "sent" });
    const stored = await testDb.db.registration.findMany({
      where: { id: { in: idsOf(table) } },
      include: { confirmations: { orderBy: [{ confirmedAt: "asc" }, { ruleId: "asc" }] }, patient: true },
    });
    expect(stored.length).toBe(table.rows.length);
    const byId = new Map(stored.map((registration) => [registration.id, registration]));
    for (const row of table.rows) {
      const registration = byId.get(row.registrationId!)!;
      expect(row.createdAt).toBe(registration.createdAt.toISOString());
      expect(row.updatedAt).toBe(registration.updatedAt.toISOString());
      expect(row.sentAt).toBe(registration.sentAt!.toISOString());
      expect(row.status).toBe(registration.status);
      expect(row.validationStatus).toBe(registration.validationStatus);
      expect(row.reference).toBe(registration.reference);
      expect(row.confirmedWarnings).toBe(registration.confirmations.map((c) => c.ruleId).join("|"));
      expect(row.patient_identifiedByService).toBe(registration.patient?.identifiedByService ? "YES" : "NO");
    }
  });

  it("writes the same cells as the module's column getters, whatever the plans and lesions", async () => {
    const table = await read(gentCoordinator, { kind: "saved" });
    const moduleColumns = srt.exportColumns(measureRepeats(srt.form, {}, { plans: 4, "plans.lesions": 7 }));
    const byId = new Map(moduleColumns.map((column) => [column.id, column]));
    const rows = await testDb.db.registration.findMany({ where: { id: { in: idsOf(table) } }, select: { id: true, formData: true } });
    const formData = new Map(rows.map((row) => [row.id, row.formData]));
    let compared = 0;
    for (const row of table.rows) {
      for (const id of table.header) {
        const column = byId.get(id);
        if (!column) continue;
        expect(neutraliseFormula(column.get(formData.get(row.registrationId!))), `${row.registrationId} ${id}`).toBe(row[id]);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("widens the plan and lesion columns when a registration has more than the default", async () => {
    const table = await read(specialist, { kind: "saved" });
    expect(table.header.length).toBeGreaterThan(defaultIds.length);
    expect(table.header).toContain("plan4_C1_startDate");
    expect(table.header).toContain("plan1_lesion7_D5_fractions");
    expect(table.header).not.toContain("plan5_C1_startDate");
    expect(table.header).not.toContain("plan1_lesion8_D5_fractions");
    const row = table.rows.find((r) => r.registrationId === wide.id)!;
    expect(row.plan4_C1_startDate).toBe("2024-12-02");
    expect(row.plan1_lesion7_D5_fractions).toBe("8");
    // The column order stays the module's: plan 4 after plan 3, lesion 7 after lesion 6.
    expect(table.header.indexOf("plan4_C1_startDate")).toBeGreaterThan(table.header.indexOf("plan3_C1_startDate"));
    expect(table.header.indexOf("plan1_lesion7_D5_fractions")).toBeGreaterThan(table.header.indexOf("plan1_lesion6_D5_fractions"));
    expect(table.header.indexOf("plan1_lesion7_D5_fractions")).toBeLessThan(table.header.indexOf("plan2_C1_startDate"));
  });

  it("neutralises formulas, keeps accents and quotes, and encodes as UTF-8 with a byte order mark", async () => {
    const table = await read(specialist, { kind: "saved" });
    const row = table.rows.find((r) => r.registrationId === special.id)!;
    expect(row.patient_comment).toBe(`'${injection}`);
    expect(row.patient_lastName).toBe("Dupré-Çelik");
    expect(row.patient_firstName).toBe("Zoë");
    expect(row.E1_comments).toBe('Gezien door "Dr. Müller", ok;\ttab\r\nnieuwe regel, één');
    expect(row.patient_identifiedByService).toBe("NO");
    expect(row.createdBy).toBe("An Claes");
    expect(row.responsiblePhysician).toBe("An Claes");
    const bytes = Buffer.from(table.raw, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from("Dupré-Çelik", "utf8"))).toBe(true);
  });

  it("writes TXT tab-separated, with tabs and line breaks inside values turned into spaces", async () => {
    const csv = await read(specialist, { kind: "saved" });
    const txt = await read(specialist, { kind: "saved", format: "txt" });
    expect(txt.header).toEqual(csv.header);
    expect(idsOf(txt)).toEqual(idsOf(csv));
    const row = txt.rows.find((r) => r.registrationId === special.id)!;
    expect(row.E1_comments).toBe('Gezien door "Dr. Müller", ok; tab  nieuwe regel, één');
    expect(row.patient_comment).toBe(`'${injection}`);
  });

  it("selects by date of last change (saved) or sending date (sent), both bounds as given", async () => {
    const gent = await testDb.db.organisation.findUniqueOrThrow({ where: { nihii: hospitals.gent } });
    for (const [kind, status, key] of [["sent", "SENT", "sentAt"], ["saved", "DRAFT", "updatedAt"]] as const) {
      const all = await read(gentCoordinator, { kind });
      const dates = all.rows.map((row) => row[key]!);
      expect(dates, `${kind} rows in date order`).toEqual([...dates].sort());
      expect(dates.length).toBeGreaterThanOrEqual(4);
      const from = new Date(dates[1]!);
      const to = new Date(dates.at(-2)!);
      const some = await read(gentCoordinator, { kind, from, to });
      expect(idsOf(some)).toEqual(await expectedIds(status, { organisationId: gent.id, [key]: { gte: from, lt: to } }));
      expect(some.rows.length).toBeGreaterThan(0);
      expect(some.rows.length).toBeLessThan(all.rows.length);
      expect(some.rows.every((row) => row[key]! >= from.toISOString() && row[key]! < to.toISOString())).toBe(true);
    }
  });

  it("exports a selection, but only the selected rows the user may access", async () => {
    const all = await read(registryStaff, { kind: "sent" });
    const gentRow = all.rows.find((row) => row.organisationNihii === hospitals.gent)!;
    const liegeRow = all.rows.find((row) => row.organisationNihii === hospitals.liege)!;
    const selected = await read(gentCoordinator, { kind: "sent", ids: [gentRow.registrationId!, liegeRow.registrationId!] });
    expect(idsOf(selected)).toEqual([gentRow.registrationId]);
  });

  it("writes column names in the user's language on request", async () => {
    const table = await read(liegeCoordinator, { kind: "sent", header: "labels", locale: "fr" });
    expect(table.header[0]).toBe("Identifiant de l'enregistrement");
    expect(table.header).toContain("Patient – Nom");
    expect(table.header).toHaveLength(defaultIds.length);
  });

  it("audits every export once, with the filter, the row count and whether it completed", async () => {
    const before = await testDb.db.auditEvent.count({ where: { action: "export.txt" } });
    const table = await read(specialist, { kind: "sent", format: "txt" });
    const events = await testDb.db.auditEvent.findMany({ where: { action: "export.txt" }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(before + 1);
    const event = events.at(-1)!;
    expect(event).toMatchObject({ personId: specialist.person.id, organisationId: specialist.membership!.organisationId, moduleId: "srt" });
    expect(event.details).toMatchObject({ moduleId: "srt", kind: "sent", format: "txt", rows: table.rows.length, completed: true });

    // A download cancelled after the header is audited too, as incomplete.
    const prepared = exportRegistrations(gentCoordinator, { moduleId: "srt", kind: "saved", format: "csv", locale: "nl", batchSize: 5 }, testDb.db);
    if (!prepared.ok) throw new Error("refused");
    const iterator = prepared.data.chunks[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    await iterator.return?.();
    const cancelled = await testDb.db.auditEvent.findFirstOrThrow({ where: { action: "export.csv" }, orderBy: { id: "desc" } });
    expect(cancelled.details).toMatchObject({ kind: "saved", rows: 5, completed: false });
  });

  it("offers a data dictionary of every column, without patient data", () => {
    const dictionary = dataDictionary("srt", "en")!;
    expect(dictionary.fileName).toBe("wbcr-srt-data-dictionary.csv");
    const [header, ...lines] = parseCsv(dictionary.text.slice(1));
    expect(header).toEqual([...dataDictionaryHeader]);
    expect(lines.map((line) => line[0])).toEqual(defaultIds);
    const byId = new Map(lines.map((line) => [line[0], line]));
    expect(byId.get("status")).toEqual(["status", "Status", "Statut", "Status", "Status", "select", "DRAFT=Saved (not sent)|SENT=Sent", ""]);
    expect(byId.get("A1_indication")?.slice(1, 5)).toEqual(["Indicatie", "Indication", "Indication", "Indikation"]);
    expect(byId.get("A1_indication")![6]).toContain("PRIMARY_TUMOUR=");
    expect(byId.get("plan1_C1_startDate")![7]).toBe("yyyy-mm-dd");
    expect(dataDictionary("nope", "en")).toBeNull();
    expect(dataDictionary("srt", "fr")!.text).toContain("DRAFT=Sauvegardé (non envoyé)");
    expect(dataDictionary("srt", "de")!.text).toContain("DRAFT=Gespeichert (nicht gesendet)");
  });

  it("checks the download query: disclaimer confirmed, known values, real dates in order", () => {
    const q = (query: string) => parseExportQuery(new URLSearchParams(query));
    expect(q("kind=sent&format=csv")).toEqual({ ok: false, problems: ["confirm"] });
    expect(q("kind=sent&format=csv&confirm=yes")).toEqual({ ok: false, problems: ["confirm"] });
    expect(q("kind=all&format=pdf&confirm=1")).toEqual({ ok: false, problems: ["kind", "format"] });
    expect(q("kind=sent&confirm=1&from=2025-02-30")).toEqual({ ok: false, problems: ["from"] });
    expect(q("kind=sent&confirm=1&from=2025-03-01&to=2025-02-01")).toEqual({ ok: false, problems: ["range"] });
    expect(q("kind=sent&confirm=1&ids=1;DROP TABLE")).toEqual({ ok: false, problems: ["ids"] });
    // Days are Belgian calendar days: from its midnight up to and including the last one.
    expect(q("kind=saved&confirm=1&from=2025-01-15&to=2025-07-01&format=txt")).toEqual({
      ok: true,
      query: { kind: "saved", format: "txt", header: "ids", audience: "registry", from: new Date("2025-01-14T23:00:00Z"), to: new Date("2025-07-01T22:00:00Z"), fromDay: "2025-01-15", toDay: "2025-07-01" },
    });
    expect(q("kind=sent&confirm=1&from=&to=")).toEqual({ ok: true, query: { kind: "sent", format: "csv", header: "ids", audience: "registry" } });
    // A date of the content (a module's searchDates) or the kind's own date; the hospital's file on request.
    expect(q("kind=sent&confirm=1&dateBy=mocDate&audience=hospital")).toMatchObject({ ok: true, query: { dateBy: "mocDate", audience: "hospital" } });
    expect(q("kind=saved&confirm=1&dateBy=sent")).toEqual({ ok: false, problems: ["dateBy"] });
    expect(q("kind=sent&confirm=1&dateBy=birthDate&audience=everyone")).toEqual({ ok: false, problems: ["dateBy", "audience"] });
  });

  describe("download and data dictionary routes", () => {
    const url = (query: string) => `http://localhost/modules/srt/download/file?${query}`;
    const params = (moduleId = "srt") => ({ params: Promise.resolve({ moduleId }) });

    beforeAll(() => {
      // The routes use the process's database client.
      (globalThis as { wbcrDb?: unknown }).wbcrDb = { db: testDb.db, close: async () => {} };
    });
    afterAll(() => {
      delete (globalThis as { wbcrDb?: unknown }).wbcrDb;
      session.context = null;
    });

    it("streams the file with download headers, after checking session, confirmation and access", async () => {
      const route = await import("@/app/modules/[moduleId]/download/file/route");
      const { POST } = route;
      // An export is never started by a GET (a link from another site would carry the cookie).
      expect("GET" in route).toBe(false);
      const post = (query: string, moduleId = "srt") => POST(new Request(url(""), { method: "POST", body: new URLSearchParams(query) }), params(moduleId));
      session.context = null;
      const anonymous = await post("kind=sent&format=csv&confirm=1");
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).toBe("exports.errors.signIn");

      session.context = gentCoordinator;
      const unconfirmed = await post("kind=sent&format=csv");
      expect(unconfirmed.status).toBe(400);
      expect(await unconfirmed.text()).toBe("exports.errors.confirm");
      const bad = await post("kind=sent&format=xlsx&from=2025-13-01&confirm=1");
      expect(bad.status).toBe(400);
      expect((await bad.text()).split("\n")).toEqual(["exports.errors.format", "exports.errors.from"]);
      expect((await post("kind=sent&confirm=1", "nope")).status).toBe(404);

      session.context = accessManager;
      const refused = await post("kind=sent&format=csv&confirm=1");
      expect(refused.status).toBe(403);
      expect(refused.headers.get("Cache-Control")).toBe("no-store");

      session.context = gentCoordinator;
      const response = await post("kind=sent&format=txt&confirm=1");
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("text/tab-separated-values; charset=utf-8");
      expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="wbcr-srt-sent-\d{4}-\d{2}-\d{2}\.txt"$/);
      expect(response.headers.get("Cache-Control")).toBe("no-store");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...lines] = parseTxt(bytes.subarray(3).toString("utf8"));
      expect(header).toEqual(defaultIds);
      const gent = await testDb.db.organisation.findUniqueOrThrow({ where: { nihii: hospitals.gent } });
      const gentSent = await expectedIds("SENT", { organisationId: gent.id });
      expect(lines.map((line) => line[0]).sort()).toEqual(gentSent);

      // A selection posted as a form (ids repeated): only the rows the user may access.
      const liegeSent = await expectedIds("SENT", { organisation: { nihii: hospitals.liege } });
      const form = new URLSearchParams([["kind", "sent"], ["confirm", "1"], ["ids", gentSent[0]!], ["ids", gentSent[1]!], ["ids", liegeSent[0]!]]);
      const posted = await POST(new Request(url(""), { method: "POST", body: form }), params());
      expect(posted.status).toBe(200);
      const [, ...selected] = parseCsv((await posted.text()));
      expect(selected.map((line) => line[0]).sort()).toEqual([gentSent[0], gentSent[1]].sort());
      const unconfirmedPost = await POST(new Request(url(""), { method: "POST", body: new URLSearchParams({ kind: "sent" }) }), params());
      expect(unconfirmedPost.status).toBe(400);
    });

    it("serves the data dictionary to any signed-in user, and nobody else", async () => {
      const { GET } = await import("@/app/modules/[moduleId]/data-dictionary/route");
      session.context = null;
      expect((await GET(new Request("http://localhost/modules/srt/data-dictionary"), params())).status).toBe(401);
      session.context = accessManager;
      const response = await GET(new Request("http://localhost/modules/srt/data-dictionary"), params());
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="wbcr-srt-data-dictionary.csv"');
      // Response.text() drops the byte order mark while decoding.
      expect(parseCsv(await response.text())).toHaveLength(defaultIds.length + 1);
      expect((await GET(new Request("http://localhost/modules/nope/data-dictionary"), params("nope"))).status).toBe(404);
    });
  });

  it("has every text of the download page and routes in Dutch, French, English and German", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
        : [prefix.slice(0, -1)];
    const catalogue = (locale: string) => JSON.parse(readFileSync(path.join("messages", locale, "exports.json"), "utf8")) as { exports: object };
    const english = keys(catalogue("en"));
    expect(keys(catalogue("nl"))).toEqual(english);
    expect(keys(catalogue("fr"))).toEqual(english);
    expect(keys(catalogue("de"))).toEqual(english);
    for (const problem of ["confirm", "kind", "format", "from", "to", "range", "header", "ids", "forbidden", "not_found", "invalid", "signIn", "notReady"]) {
      expect(english).toContain(`exports.errors.${problem}`);
    }
  });

  it("renders the download form with the disclaimer to confirm before the button works", () => {
    for (const locale of ["nl", "fr", "en", "de"] as const) {
      const messages = JSON.parse(readFileSync(path.join("messages", locale, "exports.json"), "utf8")) as Record<string, unknown>;
      const html = renderToString(
        createElement(
          NextIntlClientProvider,
          { locale, messages, timeZone: "Europe/Brussels" } as ComponentProps<typeof NextIntlClientProvider>,
          createElement(DownloadForm, { action: "/modules/srt/download/file", kinds: ["saved", "sent"] }),
        ),
      );
      expect(html).not.toContain("exports.");
      const tag = (pattern: RegExp) => html.match(pattern)?.[0] ?? "";
      const form = tag(/<form[^>]*>/);
      expect(form).toContain('action="/modules/srt/download/file"');
      expect(form).toContain('method="post"');
      const checkbox = tag(/<input[^>]*type="checkbox"[^>]*>/);
      for (const attribute of ['name="confirm"', 'value="1"', 'required=""']) expect(checkbox).toContain(attribute);
      expect(checkbox).not.toContain("checked");
      expect(tag(/<button[^>]*type="submit"[^>]*>/)).toContain('disabled=""');
      expect(html).toContain((messages.exports as { disclaimer: string }).disclaimer.slice(0, 40).replaceAll("'", "&#x27;"));
      for (const name of ["kind", "from", "to", "format", "header"]) expect(html).toContain(`name="${name}"`);
    }
  });

  it("quotes CSV fields only when needed and guards every formula start", () => {
    expect(formatLine(["a", "b,c", 'say "hi"', "x\ny", ""], "csv")).toBe('a,"b,c","say ""hi""","x\ny",\r\n');
    expect(["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"].map(neutraliseFormula)).toEqual(["'=1+2", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tx", "'\rx"]);
    expect(["-2", "+3.5", "12", "a=b"].map(neutraliseFormula)).toEqual(["-2", "+3.5", "12", "a=b"]);
    expect(formatLine(["=x", "a\tb"], "txt")).toBe("'=x\ta b\r\n");
  });
});
