/**
 * Reference data are written by every start and `npm run db:migrate` (lib/db/prepare-database.ts),
 * independent of the demo: idempotent, and a module added to the registry appears in an existing
 * database at the next run.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReferenceData } from "@/lib/db/seed";
import { currentTerms } from "@/lib/db/seed/terms";
import { listModules } from "@/lib/modules/registry";
import { insurers } from "@/lib/patients/insurers";
import { createTestDb, type TestDb } from "../support/test-db";

describe("reference data", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb.close();
  });

  const counts = async () => ({
    modules: await testDb.db.module.count(),
    insurers: await testDb.db.insurer.count(),
    terms: await testDb.db.termsVersion.count(),
    organisations: await testDb.db.organisation.count(),
    people: await testDb.db.person.count(),
  });

  it("fills an empty database with modules, insurers and terms, and no demo people, idempotently", async () => {
    await seedReferenceData(testDb.db);
    const first = await counts();
    expect(first).toEqual({ modules: listModules().length, insurers: insurers.length, terms: 1, organisations: 0, people: 0 });
    await seedReferenceData(testDb.db);
    expect(await counts()).toEqual(first);
    expect(await testDb.db.termsVersion.findFirstOrThrow()).toMatchObject({ version: currentTerms.version });
  });

  it("adds a module of the registry that the database does not have yet", async () => {
    const [module] = listModules();
    await testDb.db.module.delete({ where: { id: module!.id } });
    await seedReferenceData(testDb.db);
    expect(await testDb.db.module.findUnique({ where: { id: module!.id } })).not.toBeNull();
  });
});
