/**
 * Issue 11, the outside review's findings that a real database shows (the HTTP ones are in
 * tests/e2e/security-hardening.spec.ts): patient lookups recorded and findable by INSZ without
 * the INSZ in clear (3), patient searches kept on the server by id (4), the summary page writing
 * nothing (5), staff INSZ encrypted and ciphertexts bound to their row (9), registry reads in
 * the hospital's trail (10).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { personByInsz, readPersonInsz } from "@/lib/access/person-identity";
import { loadSessionContext } from "@/lib/access/session-context";
import { startSession } from "@/lib/access/start-session";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { seedDemo, seedDemoRegistrations } from "@/lib/db/seed";
import type { IdentifyPerson } from "@/lib/patients/identify-person";
import { blindIndex, decryptIdentity, identityBinding, protectPatient } from "@/lib/patients/identity-protection";
import { PATIENT_SEARCH_MINUTES, recallPatientSearch, rememberPatientSearch } from "@/lib/patients/patient-search";
import { createRegistration } from "@/lib/registrations/create-registration";
import { findExistingRegistrations } from "@/lib/registrations/find-existing-registrations";
import { getRegistration } from "@/lib/registrations/get-registration";
import { identifyPatient } from "@/lib/registrations/identify-patient";
import { searchRegistrations } from "@/lib/registrations/search-registrations";
import { protectLegacyIdentities, reencryptIdentities } from "@/lib/security/reencrypt-identities";
import { seal, unsealUnbound } from "@/lib/security/sealed-text";
import { createCipheriv, randomBytes, randomUUID } from "node:crypto";
import { keyRing } from "@/lib/security/keys";
import { signIn, timeouts } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

// The summary page is rendered as the server renders it: its session and texts stubbed.
const session = vi.hoisted(() => ({ context: null as unknown }));
vi.mock("@/lib/access/verify-session", () => ({
  requireReadyContext: async () => session.context,
  getSessionContext: async () => session.context,
}));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}`,
}));

const patientInsz = "85073003328";
const nobodyAnswers: IdentifyPerson = { lookup: async () => ({ status: "unknown" }) };

describe("security hardening (issue 11)", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    await seedDemoRegistrations(testDb.db, 150, new Date("2025-06-01T12:00:00Z"));
    (globalThis as { wbcrDb?: unknown }).wbcrDb = { db: testDb.db, close: async () => {} };
  });
  afterAll(async () => {
    delete (globalThis as { wbcrDb?: unknown }).wbcrDb;
    await testDb?.close();
  });

  it("3: records the patient of every lookup and search as a blind index, and the coordinator finds them by INSZ", async () => {
    const { db } = testDb;
    const claes = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const lambert = await signIn(db, people.liegeLambert, "SPECIALIST", hospitals.liege);
    await identifyPatient(claes, "srt", patientInsz, db, nobodyAnswers);
    expect((await searchRegistrations(claes, { moduleId: "srt", tab: "sent", query: "85.07.30-033.28" }, db)).ok).toBe(true);
    await identifyPatient(lambert, "srt", patientInsz, db, nobodyAnswers);
    await identifyPatient(claes, "srt", "63061906056", db, nobodyAnswers);

    const lookups = await db.auditEvent.findMany({ where: { action: { in: ["patient.identify", "registration.search"] } } });
    expect(lookups.length).toBeGreaterThanOrEqual(4);
    for (const event of lookups) {
      const text = JSON.stringify(event.details);
      expect(text).not.toContain(patientInsz);
      expect(text).not.toContain("85.07.30");
      expect((event.details as { patient?: { insz?: string } }).patient?.insz).toMatch(/^[0-9a-f]{64}$/);
    }

    const gentCoordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    const search = await rememberPatientSearch(gentCoordinator, patientInsz, db);
    const trail = await listAuditEvents(gentCoordinator, { patient: search }, db);
    if (!trail.ok) throw new Error(JSON.stringify(trail));
    // Claes's lookup and search of this patient, in Gent; not Lambert's (Liège) nor the other INSZ.
    expect(trail.data.rows.map((row) => `${row.action} ${row.personName}`).sort()).toEqual(["patient.identify An Claes", "registration.search An Claes"]);
    expect(trail.data.patientInsz).toBe(patientInsz);

    const liegeCoordinator = await signIn(db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);
    const liege = await listAuditEvents(liegeCoordinator, { patient: await rememberPatientSearch(liegeCoordinator, patientInsz, db) }, db);
    expect(liege.ok && liege.data.rows.map((row) => row.personName)).toEqual(["Philippe Lambert"]);

    // The search id is the coordinator's own: another person's id finds nothing.
    expect(await listAuditEvents(liegeCoordinator, { patient: search }, db)).toEqual({ ok: false, code: "invalid", fieldErrors: { patient: ["errors.patientExpired"] } });
  });

  it("3: the patient page's notice says no more about others than list 2 shows", async () => {
    const { db } = testDb;
    const sent = await db.registration.findFirstOrThrow({ where: { status: "SENT", organisation: { nihii: hospitals.liege } }, include: { patient: true } });
    const identity = decryptIdentity(sent.patient!);
    const insz = identity.insz!;
    // A second sent registration of the patient by the same physician: list 2 still names one pair.
    const twinId = randomUUID();
    const { id: _id, reference: _reference, formData, ...fields } = sent;
    void _id;
    void _reference;
    const { patient: _patient, ...copied } = fields;
    void _patient;
    await db.registration.create({
      data: { ...copied, id: twinId, reference: `${sent.reference}-B`, formData: formData as object, patient: { create: { ...protectPatient(identity, twinId), identifiedByService: true } } },
    });
    const claes = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const existing = await findExistingRegistrations(claes, "srt", insz, db);
    const list = await searchRegistrations(claes, { moduleId: "srt", tab: "sent", query: insz }, db);
    if (!list.ok || !existing) throw new Error("refused");
    // Sent registrations of the patient Claes may not open: main's notice counted these.
    const sentAnywhere = await db.registration.count({ where: { status: "SENT", moduleId: "srt", patient: { inszIndex: blindIndex("insz", insz) } } });
    const sentElsewhereRows = sentAnywhere - existing.sent;
    expect(sentElsewhereRows).toBeGreaterThan(list.data.others.length);
    expect(existing.sentElsewhere).toBe(list.data.others.length);
  });

  it("4: a patient search is kept on the server, for its owner only and for a short while", async () => {
    const { db } = testDb;
    const claes = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const peeters = await signIn(db, people.gentPeeters, "SPECIALIST", hospitals.gent);
    const id = await rememberPatientSearch(claes, " 85.07.30-033.28 ", db);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const row = await db.patientSearch.findUniqueOrThrow({ where: { id: id! } });
    expect(row.queryCiphertext).not.toContain("85");
    expect(await recallPatientSearch(claes, id!, db)).toBe("85.07.30-033.28");
    expect(await recallPatientSearch(peeters, id!, db)).toBeNull();
    expect(await recallPatientSearch(claes, id!, db, new Date(row.createdAt.getTime() + (PATIENT_SEARCH_MINUTES + 1) * 60_000))).toBeNull();
    expect(await recallPatientSearch(claes, "not-a-uuid", db)).toBeNull();
  });

  it("5: opening the summary page (a GET) writes neither the validation status nor a validation event", async () => {
    const { db } = testDb;
    const claes = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const created = await createRegistration(claes, { moduleId: "srt", patient: validPatient, identifiedByService: true }, db);
    if (!created.ok) throw new Error("create refused");
    const before = await db.registration.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(before.validationStatus).toBe("NOT_VALIDATED");
    session.context = claes;
    const { default: SummaryPage } = await import("@/app/registrations/[id]/summary/page");
    await SummaryPage({ params: Promise.resolve({ id: created.data.id }), searchParams: Promise.resolve({}) });
    const after = await db.registration.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(after.validationStatus).toBe("NOT_VALIDATED");
    expect(after.version).toBe(before.version);
    expect(await db.auditEvent.count({ where: { registrationId: created.data.id, action: "registration.validate" } })).toBe(0);
    // The opening itself is audited, as every opening (F-SEC-1).
    expect(await db.auditEvent.count({ where: { registrationId: created.data.id, action: "registration.view" } })).toBe(1);
  });

  it("9: staff INSZ are stored encrypted, found by blind index, bound to their row", async () => {
    const { db } = testDb;
    const rows = await db.$queryRawUnsafe<{ id: string; insz: string | null; inszIndex: string; inszCiphertext: string; keyId: string }[]>(
      `SELECT id, insz, "inszIndex", "inszCiphertext", "keyId" FROM "Person"`,
    );
    expect(rows.length).toBeGreaterThan(10);
    const text = JSON.stringify(rows);
    for (const row of rows) expect(row.insz).toBeNull();
    for (const insz of Object.values(people)) expect(text).not.toContain(insz);
    const claes = await db.person.findUniqueOrThrow({ where: personByInsz("63.06.19-060.56") });
    expect(readPersonInsz(claes)).toBe(people.gentClaes);
    // Another person's ciphertext in this row no longer decrypts.
    const other = await db.person.findUniqueOrThrow({ where: personByInsz(people.gentPeeters) });
    expect(() => readPersonInsz({ ...claes, inszCiphertext: other.inszCiphertext })).toThrow();
  });

  it("9: a patient ciphertext swapped into another registration's row is refused, not shown as that patient", async () => {
    const { db } = testDb;
    const claes = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const first = await createRegistration(claes, { moduleId: "srt", patient: validPatient, identifiedByService: true }, db);
    const second = await createRegistration(claes, { moduleId: "srt", patient: { ...validPatient, insz: "63061906056", lastName: "Other" }, identifiedByService: true }, db);
    if (!first.ok || !second.ok) throw new Error("create refused");
    const a = await db.registrationPatient.findUniqueOrThrow({ where: { registrationId: first.data.id } });
    await db.registrationPatient.update({ where: { registrationId: second.data.id }, data: { identityCiphertext: a.identityCiphertext, keyId: a.keyId } });
    await expect(getRegistration(claes, second.data.id, "view", db)).rejects.toThrow();
    expect((await getRegistration(claes, first.data.id, "view", db))?.patient.lastName).toBe("Janssens");
  });

  it.each([
    ["the key-rotation command", reencryptIdentities, "79101012345"],
    ["every start (after the migrations)", protectLegacyIdentities, "79101012446"],
  ] as const)("9: %s migrates rows written before: staff INSZ in clear, unbound patient blocks", async (_, migrate, staffInsz) => {
    const { db } = testDb;
    const claes = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const created = await createRegistration(claes, { moduleId: "srt", patient: validPatient, identifiedByService: true }, db);
    if (!created.ok) throw new Error("create refused");
    // As main wrote them: an AES-GCM ciphertext without additional data, and a person in clear.
    const { current } = keyRing();
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", current.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(validPatient), "utf8"), cipher.final()]);
    const legacy = [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64")).join(".");
    expect(unsealUnbound({ ciphertext: legacy, keyId: current.id })).toContain("Janssens");
    await db.registrationPatient.update({ where: { registrationId: created.data.id }, data: { identityCiphertext: legacy } });
    const legacyPerson = await db.person.create({ data: { insz: staffInsz, firstName: "Old", lastName: "Row" } });

    const outcome = await migrate(db);
    expect(outcome).toEqual({ patients: 1, people: 1 });
    expect((await getRegistration(claes, created.data.id, "view", db))?.patient.lastName).toBe("Janssens");
    const migrated = await db.person.findUniqueOrThrow({ where: personByInsz(staffInsz) });
    expect(migrated.id).toBe(legacyPerson.id);
    expect(migrated.insz).toBeNull();
    expect(readPersonInsz(migrated)).toBe(staffInsz);
    expect(await migrate(db)).toEqual({ patients: 0, people: 0 });
    // The binding names the row: the same text sealed for another registration differs.
    expect(seal("x", identityBinding(created.data.id)).ciphertext).toMatch(/^v2\./);
  });

  it("10: registry staff reading a hospital's sent registration appear in that hospital's coordinator's trail only", async () => {
    const { db } = testDb;
    const staff = await signIn(db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);
    const gentSent = await db.registration.findFirstOrThrow({ where: { status: "SENT", organisation: { nihii: hospitals.gent } } });
    expect(await getRegistration(staff, gentSent.id, "view", db)).not.toBeNull();
    expect(await getRegistration(staff, gentSent.id, "print", db)).not.toBeNull();

    const gentCoordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    const gent = await listAuditEvents(gentCoordinator, { registration: gentSent.id }, db);
    if (!gent.ok) throw new Error("refused");
    expect(gent.data.rows.filter((row) => row.personName === "Hilde Verstraete").map((row) => row.action).sort()).toEqual(["registration.print", "registration.view"]);

    const liegeCoordinator = await signIn(db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);
    const liege = await listAuditEvents(liegeCoordinator, { registration: gentSent.id }, db);
    expect(liege.ok && liege.data.rows).toEqual([]);
    // Recorded once, under the registry, naming Gent as the hospital read.
    const events = await db.auditEvent.findMany({ where: { registrationId: gentSent.id, personId: staff.person.id } });
    expect(events.map((event) => event.subjectOrganisationIds)).toEqual([[gentSent.organisationId], [gentSent.organisationId]]);
  });

  it("2: a session past its absolute lifetime is gone, however active", async () => {
    const { db } = testDb;
    const started = await startSession(people.gentClaes, "eid", db);
    if (!started.ok) throw new Error("not started");
    const row = await db.session.findUniqueOrThrow({ where: { id: started.sessionId } });
    const twelveHoursLater = new Date(row.createdAt.getTime() + 12 * 3600_000 + 1000);
    await db.session.update({ where: { id: started.sessionId }, data: { lastSeenAt: new Date(twelveHoursLater.getTime() - 60_000) } });
    expect(await loadSessionContext(db, started.sessionId, timeouts, twelveHoursLater)).toBeNull();
  });
});
