/**
 * Per-hospital person lists (issue 12, "a person field from a per-hospital list"): the lists a
 * module's person fields declare; search, add-on-first-use, correct and remove through the one
 * policy; a hospital never sees another's list; refused or bad input changes nothing; saved
 * registrations keep their own copy of name and number.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionContext } from "@/lib/access/session-context";
import type { Db } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed";
import { addPersonListEntry } from "@/lib/person-lists/add-person-list-entry";
import { correctPersonListEntry } from "@/lib/person-lists/correct-person-list-entry";
import { declaredPersonLists } from "@/lib/person-lists/declared-lists";
import type { PersonListEntry } from "@/lib/person-lists/entry";
import { listPersonLists } from "@/lib/person-lists/list-person-lists";
import { removePersonListEntry } from "@/lib/person-lists/remove-person-list-entry";
import type { PersonListResult } from "@/lib/person-lists/result";
import { rizivCheckDigits } from "@/lib/person-lists/riziv";
import { searchPersonList, SEARCH_LIMIT } from "@/lib/person-lists/search-person-list";
import { createRegistration } from "@/lib/registrations/create-registration";
import { getRegistration } from "@/lib/registrations/get-registration";
import { saveDraft } from "@/lib/registrations/save-draft";
import { signIn } from "../support/contexts";
import { hospitals, people } from "../support/demo";
import { personListModule } from "../support/person-list-module";
import { validPatient } from "../support/registrations";
import { createTestDb, type TestDb } from "../support/test-db";

vi.mock("@/lib/modules/registry", async (importActual) => {
  const actual = await importActual<typeof import("@/lib/modules/registry")>();
  const { personListModule: trial } = await import("../support/person-list-module");
  const modules = [...actual.allModules(), trial];
  return { ...actual, allModules: () => modules, getModule: (id: string) => modules.find((m) => m.id === id) };
});

const LIST = "moc-participants";

/** A RIZIV/INAMI number of a physician with valid (modulo-97) check digits and qualification 580. */
function riziv(firstSix: number, qualification = "580"): string {
  return `${firstSix}${String(rizivCheckDigits(firstSix).mod97).padStart(2, "0")}${qualification}`;
}

const desire = { lastName: "Van den Broeck", firstName: "Désiré", riziv: riziv(123456) };
const written = (digits: string) => `${digits.slice(0, 1)}-${digits.slice(1, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;

function unwrap<T>(result: PersonListResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

function refusal<T>(result: PersonListResult<T>): string {
  return result.ok ? "ok" : result.error;
}

describe("person lists", () => {
  let testDb: TestDb;
  let db: Db;
  let gentSpecialist: SessionContext;
  let gentCoordinator: SessionContext;
  let gentAdministrative: SessionContext;
  let gentAccessManager: SessionContext;
  let liegeCoordinator: SessionContext;
  let liegeSpecialist: SessionContext;
  let registryStaff: SessionContext;
  let desireEntry: PersonListEntry;

  /** Everything a refused call must leave as it was. */
  const snapshot = async () => ({
    entries: await db.personListEntry.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { action: { startsWith: "person_list." } } }),
  });

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    await seedDemo(db);
    await db.module.upsert({ where: { id: personListModule.id }, update: {}, create: { id: personListModule.id } });
    gentSpecialist = await signIn(db, people.gentClaes, "SPECIALIST", hospitals.gent);
    gentCoordinator = await signIn(db, people.gentCoordinator, "COORDINATOR", hospitals.gent);
    gentAdministrative = await signIn(db, people.gentAdminForClaesAndPeeters, "ADMINISTRATIVE", hospitals.gent, people.gentClaes);
    gentAccessManager = await signIn(db, people.gentAccessManager, "ACCESS_MANAGER", hospitals.gent);
    liegeCoordinator = await signIn(db, people.liegeCoordinator, "COORDINATOR", hospitals.liege);
    liegeSpecialist = await signIn(db, people.liegeLambert, "SPECIALIST", hospitals.liege);
    registryStaff = await signIn(db, people.registryStaff, "REGISTRY_STAFF", hospitals.registry);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("knows the lists the registered modules' person fields declare, titled by the module", () => {
    const lists = declaredPersonLists();
    expect(lists.map((list) => list.key)).toEqual(["moc-participants", "referrers"]);
    expect(lists[0]!.title.nl).toBe("MOC-deelnemers");
    expect(lists[0]!.title.fr).toBe("Participants à la COM");
    // Without a title in the module, the field's label names the list.
    expect(lists[1]!.title.en).toBe("Referring physician");
  });

  it("adds a physician typed for the first time, audited in the caller's hospital", async () => {
    const added = unwrap(await addPersonListEntry(gentSpecialist, { listKey: LIST, ...desire, riziv: written(desire.riziv) }, db));
    expect(added.created).toBe(true);
    expect(added.entry).toMatchObject({ listKey: LIST, lastName: "Van den Broeck", firstName: "Désiré", riziv: desire.riziv });
    desireEntry = added.entry;
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "person_list.add" } });
    expect(event.personId).toBe(gentSpecialist.person.id);
    expect(event.organisationId).toBe(gentSpecialist.membership!.organisationId);
    expect(event.details).toMatchObject({ listKey: LIST, entryId: desireEntry.id, riziv: desire.riziv });
  });

  it("reuses the entry when the RIZIV/INAMI number is already on the list (the list's name wins)", async () => {
    const before = await snapshot();
    const again = unwrap(await addPersonListEntry(gentAdministrative, { listKey: LIST, lastName: "Vandenbroeck", firstName: "D", riziv: desire.riziv }, db));
    expect(again).toEqual({ entry: desireEntry, created: false });
    expect(await snapshot()).toEqual(before);
  });

  it("searches by name prefix without regard to accents or case, by a word of the last name, and by number prefix", async () => {
    const search = async (query: string, context = gentSpecialist) => unwrap(await searchPersonList(context, { listKey: LIST, query }, db)).map((e) => e.id);
    expect(await search("desire")).toEqual([desireEntry.id]);
    expect(await search("DÉSI")).toEqual([desireEntry.id]);
    expect(await search("van den")).toEqual([desireEntry.id]);
    expect(await search("broeck")).toEqual([desireEntry.id]);
    expect(await search("broeck désiré")).toEqual([desireEntry.id]);
    expect(await search(written(desire.riziv).slice(0, 5))).toEqual([desireEntry.id]);
    expect(await search("claes")).toEqual([]);
    expect(await search("  ")).toEqual([]);
    // Administrative staff register too: they search the same list.
    expect(await search("broeck", gentAdministrative)).toEqual([desireEntry.id]);
  });

  it("gives at most a limited number of results, in name order", async () => {
    for (let n = 0; n < SEARCH_LIMIT + 2; n += 1) {
      unwrap(await addPersonListEntry(gentCoordinator, { listKey: LIST, lastName: `Peeters ${String.fromCharCode(97 + n)}`, firstName: "Jan", riziv: riziv(200000 + n) }, db));
    }
    const found = unwrap(await searchPersonList(gentSpecialist, { listKey: LIST, query: "peet" }, db));
    expect(found).toHaveLength(SEARCH_LIMIT);
    expect(found.map((e) => e.lastName)).toEqual([...found.map((e) => e.lastName)].sort());
    expect(found[0]!.lastName).toBe("Peeters a");
  });

  it("keeps each hospital's list to itself, and each list apart", async () => {
    expect(unwrap(await searchPersonList(liegeSpecialist, { listKey: LIST, query: "broeck" }, db))).toEqual([]);
    expect(unwrap(await searchPersonList(gentSpecialist, { listKey: "referrers", query: "broeck" }, db))).toEqual([]);
    // The same number is a new entry in another hospital.
    const liege = unwrap(await addPersonListEntry(liegeSpecialist, { listKey: LIST, ...desire }, db));
    expect(liege.created).toBe(true);
    expect(liege.entry.id).not.toBe(desireEntry.id);
    expect(unwrap(await searchPersonList(gentSpecialist, { listKey: LIST, query: "broeck" }, db)).map((e) => e.id)).toEqual([desireEntry.id]);
  });

  it("refuses, changing nothing: signed out, the access manager, registry staff, a list no module declares, bad input", async () => {
    const before = await snapshot();
    const add = { listKey: LIST, lastName: "Claes", firstName: "An", riziv: riziv(300000) };
    expect(refusal(await addPersonListEntry(null, add, db))).toBe("forbidden");
    expect(refusal(await addPersonListEntry(gentAccessManager, add, db))).toBe("forbidden");
    expect(refusal(await addPersonListEntry(registryStaff, add, db))).toBe("forbidden");
    expect(refusal(await searchPersonList(gentAccessManager, { listKey: LIST, query: "broeck" }, db))).toBe("forbidden");
    expect(refusal(await searchPersonList(registryStaff, { listKey: LIST, query: "broeck" }, db))).toBe("forbidden");
    expect(refusal(await addPersonListEntry(gentSpecialist, { ...add, listKey: "nobody-declares-this" }, db))).toBe("unknownList");
    expect(refusal(await searchPersonList(gentSpecialist, { listKey: "Not a key!", query: "a" }, db))).toBe("invalidInput");

    const badNumber = await addPersonListEntry(gentSpecialist, { ...add, riziv: "1-23456-26-580" }, db);
    expect(badNumber).toEqual({ ok: false, error: "invalidInput", fieldErrors: { riziv: ["errors.rizivChecksum"] } });
    const badNames = await addPersonListEntry(gentSpecialist, { ...add, lastName: " ", firstName: "<script>" }, db);
    expect(badNames).toMatchObject({ ok: false, error: "invalidInput", fieldErrors: { lastName: ["errors.lastNameRequired"], firstName: ["errors.nameInvalid"] } });
    const notAnObject = await addPersonListEntry(gentSpecialist, "hello" as never, db);
    expect(refusal(notAnObject)).toBe("invalidInput");
    expect(await snapshot()).toEqual(before);
  });

  it("lets coordinators and specialists correct an entry, audited; saved registrations keep their copy", async () => {
    const created = await createRegistration(gentSpecialist, { moduleId: personListModule.id, patient: validPatient, identifiedByService: false }, db);
    if (!created.ok) throw new Error(created.code);
    const copy = { lastName: desireEntry.lastName, firstName: desireEntry.firstName, riziv: desireEntry.riziv };
    const saved = await saveDraft(gentSpecialist, { id: created.data.id, version: 1, formData: { coordinator: copy } }, db);
    const registrationId = created.data.id;
    expect(saved.ok).toBe(true);

    const corrected = unwrap(await correctPersonListEntry(gentCoordinator, { entryId: desireEntry.id, lastName: "Van den Broecke", firstName: "Désiré", riziv: desire.riziv }, db));
    expect(corrected.changed).toEqual(["lastName"]);
    expect(corrected.entry.lastName).toBe("Van den Broecke");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "person_list.correct" } });
    expect(event.details).toMatchObject({ listKey: LIST, entryId: desireEntry.id, changed: ["lastName"] });
    // The search follows the corrected name.
    expect(unwrap(await searchPersonList(gentSpecialist, { listKey: LIST, query: "broecke" }, db)).map((e) => e.id)).toEqual([desireEntry.id]);

    const newNumber = riziv(123457);
    const renumbered = unwrap(await correctPersonListEntry(gentSpecialist, { entryId: desireEntry.id, lastName: "Van den Broecke", firstName: "Désiré", riziv: newNumber }, db));
    expect(renumbered.changed).toEqual(["riziv"]);
    // Unchanged input writes nothing and records nothing.
    const before = await snapshot();
    expect(unwrap(await correctPersonListEntry(gentSpecialist, { entryId: desireEntry.id, lastName: "Van den Broecke", firstName: "Désiré", riziv: newNumber }, db)).changed).toEqual([]);
    expect(await snapshot()).toEqual(before);

    const view = await getRegistration(gentSpecialist, registrationId, "view", db);
    expect(view?.formData).toEqual({ coordinator: copy });
  });

  it("refuses corrections by administrative staff, of another hospital's entry, to a number already listed, or with a bad number", async () => {
    const before = await snapshot();
    const entryId = desireEntry.id;
    const peeters = (await db.personListEntry.findFirstOrThrow({ where: { lastName: "Peeters a" } })).riziv;
    const input = { entryId, lastName: "X", firstName: "Y", riziv: riziv(400000) };
    expect(refusal(await correctPersonListEntry(gentAdministrative, input, db))).toBe("forbidden");
    expect(refusal(await correctPersonListEntry(liegeCoordinator, input, db))).toBe("notFound");
    expect(refusal(await correctPersonListEntry(registryStaff, input, db))).toBe("forbidden");
    expect(await correctPersonListEntry(gentCoordinator, { ...input, riziv: peeters }, db)).toEqual({
      ok: false,
      error: "duplicateRiziv",
      fieldErrors: { riziv: ["errors.duplicateRiziv"] },
    });
    expect(refusal(await correctPersonListEntry(gentCoordinator, { ...input, riziv: "12345678901" }, db))).toBe("invalidInput");
    expect(refusal(await correctPersonListEntry(gentCoordinator, { ...input, entryId: "not-a-uuid" }, db))).toBe("invalidInput");
    expect(await snapshot()).toEqual(before);
  });

  it("lets coordinators and specialists remove an entry; administrative staff and other hospitals cannot", async () => {
    const registrationsBefore = await db.registration.findMany({ where: { moduleId: personListModule.id }, select: { id: true, formData: true } });
    const before = await snapshot();
    expect(refusal(await removePersonListEntry(gentAdministrative, { entryId: desireEntry.id }, db))).toBe("forbidden");
    expect(refusal(await removePersonListEntry(gentAccessManager, { entryId: desireEntry.id }, db))).toBe("forbidden");
    expect(refusal(await removePersonListEntry(liegeCoordinator, { entryId: desireEntry.id }, db))).toBe("notFound");
    expect(refusal(await removePersonListEntry(liegeSpecialist, { entryId: desireEntry.id }, db))).toBe("notFound");
    expect(refusal(await removePersonListEntry(gentCoordinator, { entryId: "" }, db))).toBe("invalidInput");
    expect(await snapshot()).toEqual(before);

    const removed = unwrap(await removePersonListEntry(gentCoordinator, { entryId: desireEntry.id }, db));
    expect(removed.id).toBe(desireEntry.id);
    expect(await db.personListEntry.findUnique({ where: { id: desireEntry.id } })).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "person_list.remove" } });
    expect(event.details).toMatchObject({ listKey: LIST, entryId: desireEntry.id, lastName: "Van den Broecke" });
    expect(unwrap(await searchPersonList(gentSpecialist, { listKey: LIST, query: "broeck" }, db))).toEqual([]);
    // Removing is from the list only: the registration that named the physician is as it was.
    expect(await db.registration.findMany({ where: { moduleId: personListModule.id }, select: { id: true, formData: true } })).toEqual(registrationsBefore);
    expect(refusal(await removePersonListEntry(gentCoordinator, { entryId: desireEntry.id }, db))).toBe("notFound");
  });

  it("shows coordinators and specialists their hospital's lists, declared ones first, and entries of a list no module declares any more", async () => {
    await db.personListEntry.create({
      data: {
        organisationId: gentCoordinator.membership!.organisationId,
        listKey: "old-list",
        lastName: "Maes",
        firstName: "Els",
        riziv: riziv(500000),
        lastNameSearch: "maes",
        firstNameSearch: "els",
        createdById: gentCoordinator.person.id,
      },
    });
    const lists = unwrap(await listPersonLists(gentCoordinator, db));
    expect(lists.map((list) => [list.key, list.title?.nl ?? null, list.entries.length])).toEqual([
      ["moc-participants", "MOC-deelnemers", SEARCH_LIMIT + 2],
      ["referrers", "Verwijzer", 0],
      ["old-list", null, 1],
    ]);
    expect(unwrap(await listPersonLists(gentSpecialist, db))).toEqual(lists);
    const liege = unwrap(await listPersonLists(liegeCoordinator, db));
    expect(liege.find((list) => list.key === LIST)!.entries.map((e) => e.lastName)).toEqual(["Van den Broeck"]);
    expect(refusal(await listPersonLists(gentAdministrative, db))).toBe("forbidden");
    expect(refusal(await listPersonLists(gentAccessManager, db))).toBe("forbidden");
    expect(refusal(await listPersonLists(registryStaff, db))).toBe("forbidden");
    expect(refusal(await listPersonLists(null, db))).toBe("forbidden");
  });
});
