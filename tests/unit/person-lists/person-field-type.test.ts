/**
 * The "person" field type's lib side (lib/modules/field-types/person.ts), the lists modules
 * declare (lib/person-lists/declared-lists.ts), the person-list policy and name search text.
 */
import { describe, expect, it } from "vitest";
import { personListScope, type PersonListAction } from "@/lib/access/person-list-policy";
import type { MemberFunction, SessionContext } from "@/lib/access/session-context";
import { isPersonValue, personDisplayText, personExportCell, personFormatProblem } from "@/lib/modules/field-types/person";
import { buildExportColumns } from "@/lib/modules/export-columns";
import { declaredPersonLists } from "@/lib/person-lists/declared-lists";
import { searchText } from "@/lib/person-lists/search-text";
import { srtModule } from "@/lib/modules/srt";
import { personListModule } from "../../support/person-list-module";

const claes = { lastName: "Claes", firstName: "An", riziv: "12345625580" };

describe("person values", () => {
  it("accepts the stored form only: trimmed names and 11 digits with valid check digits", () => {
    expect(isPersonValue(claes)).toBe(true);
    expect(isPersonValue({ ...claes, riziv: "1-23456-25-580" })).toBe(false);
    expect(isPersonValue({ ...claes, lastName: " Claes" })).toBe(false);
    expect(isPersonValue({ ...claes, riziv: "12345626580" })).toBe(false);
    expect(isPersonValue("Claes")).toBe(false);
    expect(isPersonValue(null)).toBe(false);
  });

  it("reads as name and formatted number, exports as number|last name|first name", () => {
    expect(personDisplayText(claes)).toBe("An Claes (1-23456-25-580)");
    expect(personExportCell(claes)).toBe("12345625580|Claes|An");
    expect(personDisplayText({ lastName: "x" })).toBe("");
    expect(personExportCell(42)).toBe("");
  });

  it("names the catalogue key of what is wrong", () => {
    expect(personFormatProblem(claes)).toBeNull();
    expect(personFormatProblem({ ...claes, riziv: "12345626580" })).toBe("errors.rizivChecksum");
    expect(personFormatProblem({ ...claes, firstName: "" })).toBe("errors.firstNameRequired");
  });

  it("exports a person field as one column with its format in the data dictionary", () => {
    const [coordinator] = buildExportColumns(personListModule.form, {});
    expect(coordinator).toMatchObject({ id: "M2_coordinator", format: "RIZIV/INAMI number (11 digits)|last name|first name" });
    expect(coordinator!.get({ coordinator: claes })).toBe("12345625580|Claes|An");
  });
});

describe("declared person lists", () => {
  it("are the list keys of the modules' person fields, once each, titled by the module or else the field", () => {
    const lists = declaredPersonLists([srtModule, personListModule, personListModule]);
    expect(lists.map((list) => [list.key, list.title.de])).toEqual([
      ["moc-participants", "MOK-Teilnehmer"],
      ["referrers", "Überweisender Arzt"],
    ]);
    expect(declaredPersonLists([srtModule])).toEqual([]);
  });
});

describe("the person-list policy", () => {
  const context = (fn: MemberFunction, ready = true): SessionContext => ({
    sessionId: "s",
    person: { id: "p", firstName: "A", lastName: "B", locale: "nl" },
    membership: { id: "m", function: fn, organisationId: "o", organisationName: "AZ", specialty: null },
    actingFor: fn === "ADMINISTRATIVE" ? { membershipId: "doctor", name: "Dr" } : null,
    termsAccepted: ready,
    expiresAt: new Date(),
  });
  const allowed = (fn: MemberFunction) =>
    (["search", "add", "view", "correct", "remove"] as PersonListAction[]).filter((action) => personListScope(context(fn), action) !== null);

  it("lets those who register search and add, coordinators and specialists also view, correct and remove; nobody else anything", () => {
    expect(allowed("SPECIALIST")).toEqual(["search", "add", "view", "correct", "remove"]);
    expect(allowed("COORDINATOR")).toEqual(["search", "add", "view", "correct", "remove"]);
    expect(allowed("ADMINISTRATIVE")).toEqual(["search", "add"]);
    expect(allowed("ACCESS_MANAGER")).toEqual([]);
    expect(allowed("REGISTRY_STAFF")).toEqual([]);
    expect(personListScope(null, "search")).toBeNull();
    expect(personListScope(context("SPECIALIST", false), "search")).toBeNull();
    expect(personListScope(context("SPECIALIST"), "export" as PersonListAction)).toBeNull();
  });

  it("scopes to the caller's hospital and names the physician administrative staff act for", () => {
    expect(personListScope(context("ADMINISTRATIVE"), "add")).toEqual({
      organisationId: "o",
      actor: { personId: "p", organisationId: "o", actingForMembershipId: "doctor" },
    });
  });
});

describe("search text", () => {
  it("ignores case and accents and reads apostrophes and dashes as spaces", () => {
    expect(searchText("Désiré")).toBe("desire");
    expect(searchText("  d'Hondt-Çelik ")).toBe("d hondt celik");
    expect(searchText("VAN  DEN Broeck")).toBe("van den broeck");
  });
});
