/**
 * The operator's use cases behind `npm run admin` (lib/operations/), on PGlite and PostgreSQL:
 * from an empty database (reference data only, no demo) to a hospital whose access manager can
 * sign in; each change audited with "operator" as actor; bad input changes nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "@/lib/access/start-session";
import type { Db } from "@/lib/db/client";
import { seedReferenceData } from "@/lib/db/seed";
import { appointAccessManager, listPeopleOfOrganisation, removeAccessManager } from "@/lib/operations/access-managers";
import { parseInstitutionNumber } from "@/lib/operations/institution-number";
import { addOrganisation, deactivateOrganisation, listOrganisations } from "@/lib/operations/organisations";
import { databaseConfig } from "@/lib/db/config";
import { migrateAndWriteReferenceData } from "@/lib/db/prepare-database";
import { runAdmin } from "@/scripts/admin";
import { runScript } from "../support/processes";
import { createTestDb, type TestDb } from "../support/test-db";

const nihii = "71000436"; // 710004 mod 97 = 61, 97 − 61 = 36
const manager = { insz: "89090703934", firstName: "Bart", lastName: "Mertens" };

async function counts(db: Db) {
  return {
    organisations: await db.organisation.count(),
    people: await db.person.count(),
    memberships: await db.membership.count({ where: { active: true } }),
    audit: await db.auditEvent.count(),
  };
}

describe("institution numbers", () => {
  it("accepts the RIZIV/INAMI check digits with separators and refuses anything else", () => {
    expect(parseInstitutionNumber("7-10004-36")).toEqual({ ok: true, nihii });
    expect(parseInstitutionNumber("71000437")).toMatchObject({ ok: false, problem: expect.stringContaining("check digits should be 36") });
    expect(parseInstitutionNumber("7100043")).toMatchObject({ ok: false, problem: expect.stringContaining("8 digits") });
    expect(parseInstitutionNumber("71OOO436")).toMatchObject({ ok: false, problem: expect.stringContaining("digits only") });
  });
});

describe("operator commands", () => {
  let testDb: TestDb;
  let db: Db;
  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    await seedReferenceData(db);
  });
  afterAll(async () => {
    await testDb.close();
  });

  it("refuses bad input with every problem named and changes nothing", async () => {
    const before = await counts(db);
    const result = await addOrganisation({ nihii: "71000437", nameEn: "X" }, db);
    expect(result).toMatchObject({ ok: false, code: "invalidInput" });
    expect(!result.ok && result.problems.join(" ")).toMatch(/Dutch or a French name.*check digits|check digits.*Dutch or a French name|nameEn.*at least 2/);
    expect(await appointAccessManager({ nihii, insz: manager.insz, firstName: "Bart", lastName: "Mertens" }, db)).toMatchObject({ ok: false, code: "notFound" });
    expect(await counts(db)).toEqual(before);
  });

  it("adds a hospital with its names, once", async () => {
    const added = await addOrganisation({ nihii: "7.10004.36", nameNl: "AZ Proef", nameFr: "AZ Essai", nameEn: "AZ Trial" }, db);
    expect(added).toMatchObject({ ok: true, data: { nihii, name: "AZ Proef", names: { nl: "AZ Proef", fr: "AZ Essai", en: "AZ Trial", de: null }, active: true } });
    expect(await addOrganisation({ nihii, nameNl: "Again" }, db)).toMatchObject({ ok: false, code: "conflict" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "operator.organisation.create" } });
    expect(event).toMatchObject({ personId: null, details: expect.objectContaining({ actor: "operator", nihii }) });
    expect(await listOrganisations(db)).toMatchObject([{ nihii, people: 0, accessManagers: 0 }]);
  });

  it("appoints the access manager by INSZ, who can then sign in", async () => {
    expect(await startSession(manager.insz, undefined, db)).toEqual({ ok: false, reason: "unknown_person" });
    const bad = await appointAccessManager({ nihii, insz: "89090703935", firstName: "Bart", lastName: "Mertens" }, db);
    expect(bad).toMatchObject({ ok: false, code: "invalidInput", problems: [expect.stringContaining("check digits")] });
    expect(await appointAccessManager({ nihii, insz: manager.insz }, db)).toMatchObject({ ok: false, code: "invalidInput", problems: [expect.stringContaining("--first-name")] });

    const appointed = await appointAccessManager({ nihii, ...manager }, db);
    expect(appointed).toMatchObject({ ok: true, data: { name: "Bart Mertens", personCreated: true, membershipCreated: true } });
    expect(await appointAccessManager({ nihii, ...manager }, db)).toMatchObject({ ok: false, code: "conflict" });
    expect(await startSession(manager.insz, undefined, db)).toMatchObject({ ok: true });
    const grant = await db.auditEvent.findFirstOrThrow({ where: { action: "access.membership.create" } });
    expect(grant.details).toMatchObject({ actor: "operator", function: "ACCESS_MANAGER" });
    expect(await listPeopleOfOrganisation(nihii, db)).toMatchObject({
      ok: true,
      data: { people: [{ insz: manager.insz, name: "Bart Mertens", functions: [{ function: "ACCESS_MANAGER", active: true }] }] },
    });
  });

  it("removes the access manager, and appoints them again", async () => {
    expect(await removeAccessManager({ nihii, insz: "63061906056" }, db)).toMatchObject({ ok: false, code: "notFound" });
    expect(await removeAccessManager({ nihii, insz: manager.insz }, db)).toMatchObject({ ok: true });
    expect(await startSession(manager.insz, undefined, db)).toEqual({ ok: false, reason: "no_membership" });
    expect(await appointAccessManager({ nihii, insz: manager.insz }, db)).toMatchObject({ ok: true, data: { personCreated: false, membershipCreated: false } });
  });

  it("deactivates the organisation with every membership in it", async () => {
    expect(await deactivateOrganisation(nihii, db)).toMatchObject({ ok: true, data: { memberships: 1 } });
    expect(await startSession(manager.insz, undefined, db)).toEqual({ ok: false, reason: "no_membership" });
    expect(await deactivateOrganisation(nihii, db)).toMatchObject({ ok: false, code: "inactive" });
    expect(await appointAccessManager({ nihii, insz: manager.insz }, db)).toMatchObject({ ok: false, code: "inactive" });
    expect(await db.auditEvent.count({ where: { action: "operator.organisation.deactivate" } })).toBe(1);
  });
});

describe("npm run admin", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "wbcr-admin-"));
  const saved = process.env.PGLITE_DATA_DIR;
  beforeAll(async () => {
    // The CLI's own code path in this process (a real process per command takes seconds each).
    process.env.PGLITE_DATA_DIR = dataDir;
    await migrateAndWriteReferenceData(databaseConfig(), () => undefined);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PGLITE_DATA_DIR;
    else process.env.PGLITE_DATA_DIR = saved;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers with exit codes scripts can rely on", async () => {
    const quiet = { log: console.log, error: console.error };
    const printed: string[] = [];
    console.log = console.error = (...args: unknown[]) => void printed.push(args.join(" "));
    try {
      expect(await runAdmin(["--help"])).toBe(0);
      expect(printed.join("\n")).toContain("organisation:add");
      expect(await runAdmin([])).toBe(2);
      expect(await runAdmin(["organisation:frobnicate"])).toBe(2);
      expect(await runAdmin(["organisation:add", "--nihii", nihii, "--bogus"])).toBe(2);
      expect(await runAdmin(["organisation:add", "--name-nl", "AZ Proef"])).toBe(2);
      expect(await runAdmin(["organisation:add", "--nihii", "71000437", "--name-nl", "AZ Proef"])).toBe(3);
      expect(await runAdmin(["organisation:add", "--nihii", nihii, "--name-nl", "AZ Proef"])).toBe(0);
      expect(await runAdmin(["organisation:add", "--nihii", nihii, "--name-nl", "AZ Proef"])).toBe(5);
      expect(await runAdmin(["people:list", "--nihii", "71000535"])).toBe(4);
      printed.length = 0;
      expect(await runAdmin(["organisation:list", "--json"])).toBe(0);
      expect(JSON.parse(printed.join("\n"))).toMatchObject([{ nihii, name: "AZ Proef" }]);
    } finally {
      Object.assign(console, quiet);
    }
  });

  it("exits with the code as a process too", () => {
    const result = runScript("scripts/admin.ts", ["organisation:add", "--nihii", "71000437", "--name-nl", "AZ Proef"], { PATH: process.env.PATH, WBCR_MODE: "demo", PGLITE_DATA_DIR: dataDir });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain("nothing changed");
  });
});
