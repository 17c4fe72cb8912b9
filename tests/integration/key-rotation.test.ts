import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAttachment } from "@/lib/attachments/add-attachment";
import { readAttachment } from "@/lib/attachments/read-attachment";
import { reencryptAttachments } from "@/lib/attachments/reencrypt-attachments";
import { seedDemo } from "@/lib/db/seed";
import { getRegistration } from "@/lib/registrations/get-registration";
import { createRegistration } from "@/lib/registrations/create-registration";
import { findExistingRegistrations } from "@/lib/registrations/find-existing-registrations";
import { resetKeyRing } from "@/lib/security/keys";
import { reencryptIdentities } from "@/lib/security/reencrypt-identities";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { tinyPdf } from "../support/pdf-bytes";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

describe("key rotation", () => {
  let testDb: TestDb;
  const saved = { keys: process.env.WBCR_DATA_KEYS, index: process.env.WBCR_INDEX_KEY };
  const oldKey = randomBytes(32).toString("base64");
  const newKey = randomBytes(32).toString("base64");
  const indexKey = randomBytes(32).toString("base64");

  beforeAll(async () => {
    // People are found by a blind index of their INSZ: the index key is the same all along.
    process.env.WBCR_DATA_KEYS = `k1:${oldKey}`;
    process.env.WBCR_INDEX_KEY = indexKey;
    resetKeyRing();
    testDb = await createTestDb();
    await seedDemo(testDb.db);
  });
  afterAll(async () => {
    process.env.WBCR_DATA_KEYS = saved.keys;
    process.env.WBCR_INDEX_KEY = saved.index;
    if (!saved.keys) delete process.env.WBCR_DATA_KEYS;
    if (!saved.index) delete process.env.WBCR_INDEX_KEY;
    resetKeyRing();
    await testDb?.close();
  });

  it("reads old rows with the old key, re-encrypts them under the new one, and keeps search working", async () => {
    process.env.WBCR_DATA_KEYS = `k1:${oldKey}`;
    process.env.WBCR_INDEX_KEY = indexKey;
    resetKeyRing();
    const context = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const created = await createRegistration(context, { moduleId: "srt", patient: validPatient, identifiedByService: true }, testDb.db);
    if (!created.ok) throw new Error("create refused");

    process.env.WBCR_DATA_KEYS = `k2:${newKey},k1:${oldKey}`;
    resetKeyRing();
    expect((await getRegistration(context, created.data.id, "view", testDb.db))?.patient.lastName).toBe("Janssens");
    const personCount = await testDb.db.person.count();
    expect(await reencryptIdentities(testDb.db)).toEqual({ patients: 1, people: personCount });
    const row = await testDb.db.registrationPatient.findUniqueOrThrow({ where: { registrationId: created.data.id } });
    expect(row.keyId).toBe("k2");

    process.env.WBCR_DATA_KEYS = `k2:${newKey}`;
    resetKeyRing();
    expect((await getRegistration(context, created.data.id, "view", testDb.db))?.patient.lastName).toBe("Janssens");
    expect((await findExistingRegistrations(context, "srt", "85073003328", testDb.db))?.saved).toBe(1);
  });

  it("re-encrypts attached files under the new key; they stay readable once the old key is gone", async () => {
    // The old key encrypts again (the new one still reads what the first test moved to it).
    process.env.WBCR_DATA_KEYS = `k1:${oldKey},k2:${newKey}`;
    resetKeyRing();
    const context = await signIn(testDb.db, people.gentClaes, "SPECIALIST", hospitals.gent);
    const created = await createRegistration(context, { moduleId: "standard", patient: validPatient, identifiedByService: true }, testDb.db);
    if (!created.ok) throw new Error("create refused");
    const added = await addAttachment(context, { registrationId: created.data.id, fieldPath: "mocReports", fileName: "moc.pdf", bytes: tinyPdf("rotation") }, testDb.db);
    if (!added.ok) throw new Error(`attach refused: ${added.code}`);

    process.env.WBCR_DATA_KEYS = `k2:${newKey},k1:${oldKey}`;
    resetKeyRing();
    expect(await reencryptAttachments(testDb.db)).toBe(1);
    expect(await reencryptAttachments(testDb.db)).toBe(0);
    process.env.WBCR_DATA_KEYS = `k2:${newKey}`;
    resetKeyRing();
    const file = await readAttachment(context, { registrationId: created.data.id, attachmentId: added.data.id }, testDb.db);
    expect(file?.bytes.equals(tinyPdf("rotation"))).toBe(true);
  });
});
