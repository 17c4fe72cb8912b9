/**
 * The hospital's campus list (Annex 55 10B.2): kept by the hospital's access managers through the
 * one policy (everyone of the hospital reads it, other hospitals never see it, anything else is
 * refused and changes nothing), audited; the chronology's campus is a choice from it — a
 * deactivated campus is no longer offered but still shown and valid where it is used, and a
 * campus not on the hospital's list (an old free-text value, another hospital's) is an error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import { addCampus } from "@/lib/campuses/add-campus";
import type { CampusEntry } from "@/lib/campuses/campus";
import { listCampuses } from "@/lib/campuses/list-campuses";
import { renameCampus } from "@/lib/campuses/rename-campus";
import type { CampusResult } from "@/lib/campuses/result";
import { setCampusActive } from "@/lib/campuses/set-campus-active";
import type { Db } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed";
import { lungCancer } from "@/lib/modules/standard/examples";
import { checkRegistration } from "@/lib/registrations/check-registration";
import { createRegistration } from "@/lib/registrations/create-registration";
import { describeRegistrationIssue } from "@/lib/registrations/describe-registration-issue";
import { getRegistration } from "@/lib/registrations/get-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { sendRegistration } from "@/lib/registrations/send-registration";
import { buildSummary } from "@/lib/registrations/summary-rows";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

/** The standard examples are registered on 2025-03-15 (ModuleDemo). */
const registered = new Date("2025-03-15T12:00:00Z");

function unwrap<T>(result: CampusResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const refusal = <T,>(result: CampusResult<T>) => (result.ok ? "ok" : result.error);

describe("the hospital's campus list", () => {
  let testDb: TestDb;
  let db: Db;
  let gentManager: SessionContext;
  let gentSpecialist: SessionContext;
  let gentCoordinator: SessionContext;
  let liegeManager: SessionContext;
  let liegeSpecialist: SessionContext;
  let registryStaff: SessionContext;
  let gentCampuses: CampusEntry[];

  const snapshot = async () => ({
    campuses: await db.campus.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { action: { startsWith: "campus." } } }),
  });

  /** A saved standard draft of `context` whose chronology names `campuses`, one row each. */
  async function draftWith(context: SessionContext, campuses: string[]): Promise<string> {
    const created = await createRegistration(context, { moduleId: "standard", patient: validPatient, identifiedByService: true }, db);
    if (!created.ok) throw new Error(`create refused: ${created.code}`);
    const treatments = campuses.map((campus, index) => ({ ...lungCancer.treatments![index % lungCancer.treatments!.length]!, campus }));
    const saved = await saveDraft(context, { id: created.data.id, version: created.data.version, formData: { ...lungCancer, treatments } }, db);
    if (!saved.ok) throw new Error(`save refused: ${saved.code}`);
    return created.data.id;
  }

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    await seedDemo(db);
    gentManager = await signIn(db, people.gentAccessManager, "ACCESS_MANAGER", hospitals.gent);
    gentSpecialist = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    gentCoordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    liegeManager = await signIn(db, people.liegeAccessManager, "ACCESS_MANAGER", hospitals.liege);
    liegeSpecialist = await signIn(db, people.liegeLambert, "SPECIALIST", hospitals.liege);
    registryStaff = await signIn(db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("lists the seeded campuses of the caller's hospital only, by site number, to everyone of that hospital", async () => {
    gentCampuses = unwrap(await listCampuses(gentManager, db));
    expect(gentCampuses.map(({ siteNumber, active }) => [siteNumber, active])).toEqual([["710", true], ["712", true], ["714", false]]);
    expect(unwrap(await listCampuses(gentSpecialist, db))).toEqual(gentCampuses);
    const liege = unwrap(await listCampuses(liegeSpecialist, db));
    expect(liege.map((campus) => campus.name)).toEqual(["Site du Sart Tilman", "Site des Bruyères"]);
    expect(liege.some((campus) => gentCampuses.some((gent) => gent.id === campus.id))).toBe(false);
    expect(refusal(await listCampuses(null, db))).toBe("forbidden");
  });

  it("lets the access manager add a campus, audited in the hospital; a site number is digits and unique per hospital", async () => {
    const added = unwrap(await addCampus(gentManager, { siteNumber: " 720 ", name: "  Campus Zuid " }, db));
    expect(added).toMatchObject({ siteNumber: "720", name: "Campus Zuid", active: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "campus.add" } });
    expect(event).toMatchObject({ personId: gentManager.person.id, organisationId: gentManager.membership!.organisationId });
    expect(event.details).toMatchObject({ campusId: added.id, siteNumber: "720", name: "Campus Zuid" });
    // Liège may use the same number for its own campus.
    expect(unwrap(await addCampus(liegeManager, { siteNumber: "720", name: "Site de Verviers" }, db)).siteNumber).toBe("720");

    const before = await snapshot();
    expect(await addCampus(gentManager, { siteNumber: "714", name: "Again" }, db)).toEqual({
      ok: false,
      error: "duplicateSiteNumber",
      fieldErrors: { siteNumber: ["errors.duplicateSiteNumber"] },
    });
    expect(await addCampus(gentManager, { siteNumber: "7a0", name: "" }, db)).toEqual({
      ok: false,
      error: "invalidInput",
      fieldErrors: { siteNumber: ["errors.siteNumberFormat"], name: ["errors.nameRequired"] },
    });
    expect(refusal(await addCampus(gentManager, { siteNumber: "1234567", name: "x" }, db))).toBe("invalidInput");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses everyone but the hospital's access managers, and another hospital's campus, changing nothing", async () => {
    const sintJan = gentCampuses[0]!;
    const before = await snapshot();
    for (const context of [gentSpecialist, gentCoordinator, registryStaff, null]) {
      expect(refusal(await addCampus(context, { siteNumber: "730", name: "Campus Noord" }, db))).toBe("forbidden");
      expect(refusal(await renameCampus(context, { campusId: sintJan.id, name: "Hacked" }, db))).toBe("forbidden");
      expect(refusal(await setCampusActive(context, { campusId: sintJan.id, active: false }, db))).toBe("forbidden");
    }
    expect(refusal(await renameCampus(liegeManager, { campusId: sintJan.id, name: "Hacked" }, db))).toBe("notFound");
    expect(refusal(await setCampusActive(liegeManager, { campusId: sintJan.id, active: false }, db))).toBe("notFound");
    expect(refusal(await renameCampus(gentManager, { campusId: "not-a-uuid", name: "x" }, db))).toBe("invalidInput");
    expect(await snapshot()).toEqual(before);
  });

  it("renames a campus (its number kept) and audits the change; the same name changes nothing", async () => {
    const sintJan = gentCampuses[0]!;
    const renamed = unwrap(await renameCampus(gentManager, { campusId: sintJan.id, name: "Campus Sint-Jan Brugge" }, db));
    expect(renamed).toMatchObject({ siteNumber: "710", name: "Campus Sint-Jan Brugge", changed: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "campus.rename" } });
    expect(event.details).toMatchObject({ siteNumber: "710", name: "Campus Sint-Jan Brugge", previousName: "Campus Sint-Jan" });
    const before = await snapshot();
    expect(unwrap(await renameCampus(gentManager, { campusId: sintJan.id, name: "Campus Sint-Jan Brugge" }, db)).changed).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("shows a deactivated campus by number and name where a registration uses it, and accepts it there", async () => {
    const id = await draftWith(gentSpecialist, ["710", "712"]);
    const middelares = gentCampuses.find((campus) => campus.siteNumber === "712")!;
    expect(unwrap(await setCampusActive(gentManager, { campusId: middelares.id, active: "false" }, db))).toMatchObject({ active: false, changed: true });
    expect(await db.auditEvent.count({ where: { action: "campus.deactivate" } })).toBe(1);

    const registration = (await getRegistration(gentSpecialist, id, "view", db))!;
    expect(registration.hospitalLists.campuses).toContainEqual({ code: "712", name: "Campus Maria Middelares", active: false });
    const rows = buildSummary(registration, "nl").flatMap((section) => section.rows);
    const campusValues = rows.filter((row) => row.kind === "field" && row.fieldId === "10B2").map((row) => (row.kind === "field" ? row.value : ""));
    expect(campusValues).toEqual(["710 – Campus Sint-Jan Brugge", "712 – Campus Maria Middelares"]);
    const checked = (await checkRegistration(gentSpecialist, id, db, registered))!;
    expect(checked.outcome.issues.filter((issue) => issue.ruleId === "LIST-E01")).toEqual([]);
    expect(checked.outcome.errorCount).toBe(0);
  });

  it("refuses to send a chronology whose campus is not on the hospital's list (old free text, another hospital's number), with a translated message", async () => {
    const id = await draftWith(gentSpecialist, ["Sint-Jan", "710"]);
    const liegeOnly = await draftWith(liegeSpecialist, ["714"]);

    const checked = (await checkRegistration(gentSpecialist, id, db, registered))!;
    const issues = checked.outcome.issues.filter((issue) => issue.ruleId === "LIST-E01");
    expect(issues).toEqual([expect.objectContaining({ severity: "error", path: "treatments.0.campus", params: { field: "10B2", value: "Sint-Jan" } })]);
    const source = { moduleId: "standard", kind: "INITIAL" as const };
    expect(describeRegistrationIssue(source, issues[0]!, "nl")).toContain("„Sint-Jan” staat niet op de lijst van uw ziekenhuis");
    expect(describeRegistrationIssue(source, issues[0]!, "fr")).toContain("« Sint-Jan » ne figure pas dans la liste de votre hôpital");
    // The old value still shows as it was typed.
    const registration = (await getRegistration(gentSpecialist, id, "view", db))!;
    expect(buildSummary(registration, "nl").flatMap((section) => section.rows).some((row) => row.kind === "field" && row.value === "Sint-Jan")).toBe(true);
    const sent = await sendRegistration(gentSpecialist, { id, version: checked.registration.version, confirmations: [] }, db, registered);
    expect(sent.ok).toBe(false);
    expect((await db.registration.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    // 714 is a (deactivated) campus of Gent, not of Liège.
    const liege = (await checkRegistration(liegeSpecialist, liegeOnly, db, registered))!;
    expect(liege.outcome.issues.filter((issue) => issue.ruleId === "LIST-E01").map((issue) => issue.path)).toEqual(["treatments.0.campus"]);
  });
});
