/**
 * Item 11 of the standard registration (MOC reports, PDF) on a real database: the file field's
 * upload, download and removal through the one policy; refusals (not a PDF, too big, too many,
 * sent, another hospital) change nothing; the bytes are not stored in plaintext; a corrected
 * version keeps the files; deleting a draft and the retention job delete them; every step audited.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { addAttachment } from "@/lib/attachments/add-attachment";
import type { AttachmentResult } from "@/lib/attachments/attachment-result";
import { readAttachment } from "@/lib/attachments/read-attachment";
import { removeAttachment } from "@/lib/attachments/remove-attachment";
import { seedDemo } from "@/lib/db/seed";
import type { FileReference } from "@/lib/modules/field-types/file";
import { maleBreastCancer } from "@/lib/modules/standard/examples";
import { checkRegistration } from "@/lib/registrations/check-registration";
import { createCorrectedVersion } from "@/lib/registrations/create-corrected-version";
import { createRegistration } from "@/lib/registrations/create-registration";
import { deleteDraft } from "@/lib/registrations/delete-draft";
import { printRegistration } from "@/lib/registrations/print-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { removeExpiredRegistrations } from "@/lib/retention/remove-expired-registrations";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { tinyPdf } from "../support/pdf-bytes";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

const FIELD = "mocReports";
const MARKER = "MOC Claes plaintext marker";

function unwrap<T>(result: AttachmentResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.data;
}
const codeOf = (result: AttachmentResult<unknown>) => (result.ok ? "ok" : result.code);

describe("attached files (MOC reports)", () => {
  let testDb: TestDb;
  let specialist: SessionContext;
  let coordinator: SessionContext;
  let liegeCoordinator: SessionContext;
  let registryStaff: SessionContext;

  async function breastDraft(): Promise<{ id: string; version: number }> {
    const created = await createRegistration(specialist, { moduleId: "standard", patient: validPatient, identifiedByService: true }, testDb.db);
    if (!created.ok) throw new Error(`create refused: ${created.code}`);
    const saved = await saveDraft(specialist, { id: created.data.id, version: created.data.version, formData: maleBreastCancer }, testDb.db);
    if (!saved.ok) throw new Error(`save refused: ${saved.code}`);
    return { id: created.data.id, version: saved.data.version };
  }

  async function attachTo(id: string, version: number, files: FileReference[]): Promise<number> {
    const saved = await saveDraft(specialist, { id, version, formData: { ...maleBreastCancer, [FIELD]: files } }, testDb.db);
    if (!saved.ok) throw new Error(`save refused: ${saved.code} ${JSON.stringify(saved.fieldErrors)}`);
    return saved.data.version;
  }

  const snapshot = async () => ({
    rows: await testDb.db.registrationAttachment.findMany({ select: { registrationId: true, id: true, size: true }, orderBy: [{ registrationId: "asc" }, { id: "asc" }] }),
    audit: await testDb.db.auditEvent.count({ where: { action: { startsWith: "registration.attachment" } } }),
  });

  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    specialist = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    coordinator = await signIn(testDb.db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    liegeCoordinator = await signIn(testDb.db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);
    registryStaff = await signIn(testDb.db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("attaches a PDF, stores it encrypted (no plaintext), and gives it back whole to those who may read the draft", async () => {
    const { id } = await breastDraft();
    const pdf = tinyPdf(MARKER);
    const reference = unwrap(await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: "C:\\scans\\MOC verslag 12-03.pdf", bytes: pdf }, testDb.db));
    expect(reference).toMatchObject({ name: "MOC verslag 12-03.pdf", size: pdf.length });

    const row = await testDb.db.registrationAttachment.findUniqueOrThrow({ where: { registrationId_id: { registrationId: id, id: reference.id } } });
    const stored = Buffer.from(row.content);
    expect(stored.includes(Buffer.from("%PDF-"))).toBe(false);
    expect(stored.includes(Buffer.from(MARKER))).toBe(false);
    expect(stored.length).toBe(pdf.length + 28);
    // Nor anywhere in the table as text.
    const asText = await testDb.db.$queryRawUnsafe<{ hit: boolean }[]>(`SELECT bool_or(position('${MARKER}'::bytea in "content") > 0) AS hit FROM "RegistrationAttachment"`);
    expect(asText[0]!.hit).toBe(false);

    for (const reader of [specialist, coordinator]) {
      const file = await readAttachment(reader, { registrationId: id, attachmentId: reference.id }, testDb.db);
      expect(file?.bytes.equals(pdf)).toBe(true);
      expect(file).toMatchObject({ fileName: "MOC verslag 12-03.pdf", mimeType: "application/pdf" });
    }
    const events = await testDb.db.auditEvent.findMany({ where: { registrationId: id, action: { startsWith: "registration.attachment" } }, orderBy: { at: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["registration.attachment_add", "registration.attachment_download", "registration.attachment_download"]);
    expect(events[0]!.details).toMatchObject({ attachmentId: reference.id, field: FIELD, size: pdf.length });
  });

  it("refuses what is not a PDF, too big, one too many, an unknown field or another hospital's draft, changing nothing", async () => {
    const { id } = await breastDraft();
    for (let n = 1; n <= 5; n += 1) unwrap(await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: `r${n}.pdf`, bytes: tinyPdf(`r${n}`) }, testDb.db));
    const before = await snapshot();
    const attempts: [string, AttachmentResult<unknown>][] = [
      ["too_many", await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: "r6.pdf", bytes: tinyPdf() }, testDb.db)],
      ["wrong_kind", await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: "virus.pdf", bytes: Buffer.from("MZ\x90\x00 not a pdf") }, testDb.db)],
      ["empty", await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: "empty.pdf", bytes: new Uint8Array() }, testDb.db)],
      ["too_large", await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: "big.pdf", bytes: Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024)]) }, testDb.db)],
      ["unknown_field", await addAttachment(specialist, { registrationId: id, fieldPath: "comments", fileName: "a.pdf", bytes: tinyPdf() }, testDb.db)],
      ["not_found", await addAttachment(liegeCoordinator, { registrationId: id, fieldPath: FIELD, fileName: "a.pdf", bytes: tinyPdf() }, testDb.db)],
      ["not_found", await addAttachment(registryStaff, { registrationId: id, fieldPath: FIELD, fileName: "a.pdf", bytes: tinyPdf() }, testDb.db)],
      ["not_found", await removeAttachment(liegeCoordinator, { registrationId: id, attachmentId: before.rows.find((r) => r.registrationId === id)!.id }, testDb.db)],
    ];
    expect(attempts.map(([, result]) => codeOf(result))).toEqual(attempts.map(([expected]) => expected));
    const [first] = before.rows.filter((r) => r.registrationId === id);
    // Another hospital and registry staff (drafts are not theirs to read) cannot download.
    expect(await readAttachment(liegeCoordinator, { registrationId: id, attachmentId: first!.id }, testDb.db)).toBeNull();
    expect(await readAttachment(registryStaff, { registrationId: id, attachmentId: first!.id }, testDb.db)).toBeNull();
    expect(await snapshot()).toEqual(before);

    // Removing one makes room again.
    unwrap(await removeAttachment(specialist, { registrationId: id, attachmentId: first!.id }, testDb.db));
    expect(codeOf(await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: "r6.pdf", bytes: tinyPdf() }, testDb.db))).toBe("ok");
  });

  it("sends the files the content refers to, then no longer changes them; the PDF lists their names; a corrected version keeps them", async () => {
    const { id, version } = await breastDraft();
    const kept = unwrap(await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: "moc-verslag.pdf", bytes: tinyPdf("kept") }, testDb.db));
    const dropped = unwrap(await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: "unsaved.pdf", bytes: tinyPdf("dropped") }, testDb.db));
    await attachTo(id, version, [kept]);
    const checked = await checkRegistration(specialist, id, testDb.db);
    const confirmations = checked!.outcome.issues.filter((issue) => issue.severity === "warning").map((issue) => ({ ruleId: issue.ruleId, fieldPath: issue.path, comment: "Nagekeken" }));
    const sent = await sendRegistration(specialist, { id, version: checked!.registration.version, confirmations }, testDb.db);
    expect(sent.ok).toBe(true);
    expect((await testDb.db.registrationAttachment.findMany({ where: { registrationId: id } })).map((row) => row.id)).toEqual([kept.id]);

    const before = await snapshot();
    expect(codeOf(await addAttachment(specialist, { registrationId: id, fieldPath: FIELD, fileName: "late.pdf", bytes: tinyPdf() }, testDb.db))).toBe("already_sent");
    expect(codeOf(await removeAttachment(specialist, { registrationId: id, attachmentId: kept.id }, testDb.db))).toBe("already_sent");
    expect(await snapshot()).toEqual(before);
    expect(await readAttachment(registryStaff, { registrationId: id, attachmentId: dropped.id }, testDb.db)).toBeNull();
    // Registry staff read sent registrations, so also their reports.
    expect((await readAttachment(registryStaff, { registrationId: id, attachmentId: kept.id }, testDb.db))?.bytes.equals(tinyPdf("kept"))).toBe(true);

    const printed = await printRegistration(specialist, id, "nl", testDb.db);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(printed!.pdf)), { mergePages: true });
    expect(text).toContain("MOC-verslagen");
    expect(text).toContain("moc-verslag.pdf");

    const corrected = await createCorrectedVersion(specialist, id, testDb.db);
    if (!corrected.ok) throw new Error(corrected.code);
    const copy = await readAttachment(specialist, { registrationId: corrected.data.id, attachmentId: kept.id }, testDb.db);
    expect(copy?.bytes.equals(tinyPdf("kept"))).toBe(true);
    const [original, copied] = await Promise.all([id, corrected.data.id].map((registrationId) => testDb.db.registrationAttachment.findUniqueOrThrow({ where: { registrationId_id: { registrationId, id: kept.id } } })));
    // Sealed anew for the copy: the same file, another ciphertext.
    expect(Buffer.from(copied!.content).equals(Buffer.from(original!.content))).toBe(false);
    // A new registration copied from it (same patient) starts with the files too.
    const copiedDraft = await createRegistration(specialist, { moduleId: "standard", patient: validPatient, identifiedByService: true, copyFromId: id }, testDb.db);
    if (!copiedDraft.ok) throw new Error(copiedDraft.code);
    expect((await readAttachment(specialist, { registrationId: copiedDraft.data.id, attachmentId: kept.id }, testDb.db))?.bytes.equals(tinyPdf("kept"))).toBe(true);
    // The copy's files change; the sent original's stay.
    unwrap(await removeAttachment(specialist, { registrationId: corrected.data.id, attachmentId: kept.id }, testDb.db));
    expect(await testDb.db.registrationAttachment.count({ where: { registrationId: id } })).toBe(1);
  });

  it("deleting a draft and the retention job delete the files' bytes", async () => {
    const deleted = await breastDraft();
    unwrap(await addAttachment(specialist, { registrationId: deleted.id, fieldPath: FIELD, fileName: "a.pdf", bytes: tinyPdf() }, testDb.db));
    expect((await deleteDraft(specialist, deleted, testDb.db)).ok).toBe(true);
    expect(await testDb.db.registrationAttachment.count({ where: { registrationId: deleted.id } })).toBe(0);

    const expired = await breastDraft();
    unwrap(await addAttachment(specialist, { registrationId: expired.id, fieldPath: FIELD, fileName: "b.pdf", bytes: tinyPdf() }, testDb.db));
    const later = new Date(Date.now() + 4000 * 86_400_000);
    const outcome = await removeExpiredRegistrations({ now: later, days: 1095 }, testDb.db);
    expect(outcome.removed).toBeGreaterThan(0);
    expect(await testDb.db.registrationAttachment.count()).toBe(0);
  });
});
