/**
 * Module access (F-ROLE-2) on every path: a registration of a module the profile may not use is
 * not loaded, saved, sent, printed, exported or listed, whatever its owner — the one policy's
 * filter carries it. A test module limited to coordinators stands beside the shipped ones.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { canReadModule, canUseModule, registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { seedDemo } from "@/lib/db/seed";
import { exportRegistrations } from "@/lib/exports/export-registrations";
import type { AnyModuleDeclaration } from "@/lib/modules/types";
import { loadRegistration } from "@/lib/registrations/load-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { createTestDb, type TestDb } from "../support/test-db";

const RESTRICTED = vi.hoisted(() => "coordinators-only");

vi.mock("@/lib/modules/registry", async (importActual) => {
  const actual = await importActual<typeof import("@/lib/modules/registry")>();
  const [first] = actual.allModules();
  const restricted: AnyModuleDeclaration = { ...first!, id: RESTRICTED, referencePrefix: "CO", requiredProfiles: ["COORDINATOR"] };
  const modules = [...actual.allModules(), restricted];
  return { ...actual, allModules: () => modules, getModule: (id: string) => modules.find((m) => m.id === id) };
});

describe("module access on every path", () => {
  let testDb: TestDb;
  let specialist: SessionContext;
  let coordinator: SessionContext;
  let registryStaff: SessionContext;
  let draftId: string;
  let sentId: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    const { db } = testDb;
    await seedDemo(db);
    await db.module.upsert({ where: { id: RESTRICTED }, update: {}, create: { id: RESTRICTED } });
    specialist = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    coordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    registryStaff = await signIn(db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);
    const physician = specialist.membership!;
    const row = (status: "DRAFT" | "SENT") => ({
      moduleId: RESTRICTED,
      organisationId: physician.organisationId,
      responsiblePhysicianId: physician.id,
      createdById: specialist.person.id,
      createdViaMembershipId: physician.id,
      status,
      reference: status === "SENT" ? "CO-2026-000001" : null,
      sentAt: status === "SENT" ? new Date() : null,
      formData: {},
    });
    draftId = (await db.registration.create({ data: row("DRAFT") })).id;
    sentId = (await db.registration.create({ data: row("SENT") })).id;
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("tells who may use and who may read the module", async () => {
    const { getModule } = await import("@/lib/modules/registry");
    const restricted = getModule(RESTRICTED)!;
    expect(canUseModule(specialist, restricted)).toBe(false);
    expect(canUseModule(coordinator, restricted)).toBe(true);
    expect(canReadModule(registryStaff, restricted)).toBe(true);
    expect(canReadModule(specialist, restricted)).toBe(false);
  });

  it("loads nothing of the module for the specialist who owns the rows, for any action", async () => {
    for (const action of ["view", "print", "export", "edit", "send", "delete", "correct"] as const) {
      const where = registrationWhere(specialist, action)!;
      const found = await testDb.db.registration.findMany({ where: { AND: [where, { id: { in: [draftId, sentId] } }] } });
      expect(found, action).toEqual([]);
      expect(await loadRegistration(specialist, draftId, action, testDb.db), action).toBeNull();
    }
  });

  it("lets the coordinator of the hospital read and write them, and registry staff read the sent one", async () => {
    expect(await loadRegistration(coordinator, draftId, "edit", testDb.db)).not.toBeNull();
    expect(await loadRegistration(registryStaff, sentId, "view", testDb.db)).not.toBeNull();
    expect(await loadRegistration(registryStaff, draftId, "view", testDb.db)).toBeNull();
  });

  it("refuses save and send, and changes nothing", async () => {
    const saved = await saveDraft(specialist, { id: draftId, version: 1, formData: { comment: "x" } }, testDb.db);
    expect(saved.ok).toBe(false);
    const sent = await sendRegistration(specialist, { id: draftId, version: 1, confirmations: [] }, testDb.db);
    expect(sent).toMatchObject({ ok: false, code: "not_found" });
    const row = await testDb.db.registration.findUniqueOrThrow({ where: { id: draftId } });
    expect(row).toMatchObject({ version: 1, status: "DRAFT", formData: {} });
  });

  it("refuses the export of the module", () => {
    expect(exportRegistrations(specialist, { moduleId: RESTRICTED, kind: "sent", format: "csv", locale: "en" }, testDb.db)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(exportRegistrations(registryStaff, { moduleId: RESTRICTED, kind: "sent", format: "csv", locale: "en" }, testDb.db).ok).toBe(true);
  });
});
