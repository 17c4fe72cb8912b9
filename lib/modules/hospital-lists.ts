/**
 * Hospital lists: code lists that each hospital keeps for itself, which a module's field may
 * declare as its option source (`type: "hospitalCode", list: "campuses"`), as person fields
 * declare the hospital's person list (`type: "person", list: "moc-participants"`). The platform
 * knows one today: the hospital's campuses (site number + name), maintained by its access
 * managers (lib/campuses, the access-management "Campuses" page).
 *
 * A registration stores the code (the site number) and exports it; the form offers the active
 * entries; display, summary and PDF show "code – name"; a value that is not on the hospital's
 * list (typed before the list existed, or tampered with) is a validation error (LIST-E01): the
 * draft still saves, as every draft does, and sending waits until a listed entry is chosen.
 * A deactivated entry is no longer offered but stays valid and named where it is used.
 */
import type { FormDefinition, FormField, InputField } from "@/lib/modules/types";
import { evaluateCondition, type Scope } from "@/lib/modules/conditions";
import { isRecord, joinPath } from "@/lib/modules/paths";
import type { Translated, ValidationIssue } from "@/lib/validation/types";

export const HOSPITAL_LIST_KEYS = ["campuses"] as const;
export type HospitalListKey = (typeof HOSPITAL_LIST_KEYS)[number];

export function isHospitalListKey(key: string | undefined): key is HospitalListKey {
  return (HOSPITAL_LIST_KEYS as readonly (string | undefined)[]).includes(key);
}

/** One entry of a hospital list, as the form and the display read it. */
export interface HospitalListEntry {
  code: string;
  name: string;
  active: boolean;
}

/** A hospital's lists, by key; a list the caller did not load is absent. */
export type HospitalLists = Readonly<Partial<Record<HospitalListKey, readonly HospitalListEntry[]>>>;

/** The entry `code` of the list a field declares, active or not. */
export function hospitalListEntry(lists: HospitalLists | undefined, field: Pick<InputField, "list">, code: unknown): HospitalListEntry | undefined {
  if (!lists || typeof code !== "string" || !isHospitalListKey(field.list)) return undefined;
  return lists[field.list]?.find((entry) => entry.code === code);
}

/** "710 – Campus Sint-Jan": how an entry is written everywhere people read it. */
export function hospitalEntryText(entry: HospitalListEntry): string {
  return `${entry.code} – ${entry.name}`;
}

/** The rule of values not on the hospital's list (platform-wide, not a module's). */
export const HOSPITAL_LIST_RULE = { id: "LIST-E01", version: 1 } as const;

export function isHospitalListRule(ruleId: string): boolean {
  return ruleId === HOSPITAL_LIST_RULE.id;
}

export const hospitalListMessage: Translated = {
  nl: "{field}: „{value}” staat niet op de lijst van uw ziekenhuis. Kies een waarde uit de lijst (de toegangsbeheerder houdt ze bij).",
  fr: "{field} : « {value} » ne figure pas dans la liste de votre hôpital. Choisissez une valeur de la liste (le gestionnaire d'accès la tient à jour).",
  en: "{field}: “{value}” is not on your hospital's list. Choose a value from the list (the access manager maintains it).",
  de: "{field}: „{value}“ steht nicht auf der Liste Ihres Krankenhauses. Wählen Sie einen Wert aus der Liste (die Zugangsverwaltung pflegt sie).",
};

/**
 * The visible hospital-list fields of `data` whose value is not an entry (active or not) of the
 * hospital's list: one error each. A list the caller did not load counts as empty (fails closed).
 */
// Every validation asks: only the fields that are hospital-list fields, or groups holding some, are
// visited (most forms have none), with the visibility the form has.
const hospitalFieldsOf = new WeakMap<readonly FormField[], readonly FormField[]>();

function hospitalFields(fields: readonly FormField[]): readonly FormField[] {
  let found = hospitalFieldsOf.get(fields);
  if (!found) {
    hospitalFieldsOf.set(fields, (found = fields.filter((field) => (field.kind === "group" ? hospitalFields(field.fields).length > 0 : field.type === "hospitalCode"))));
  }
  return found;
}

function visitHospitalFields(fields: readonly FormField[], scope: Scope, basePath: string, visit: (field: InputField, path: string, value: unknown) => void): void {
  for (const field of hospitalFields(fields)) {
    if (field.visibleWhen && !evaluateCondition(field.visibleWhen, scope)) continue;
    const value = isRecord(scope.item) && Object.hasOwn(scope.item, field.key) ? scope.item[field.key] : undefined;
    if (field.kind === "field") {
      visit(field, joinPath(basePath, field.key), value);
      continue;
    }
    if (!Array.isArray(value)) continue;
    const items: unknown[] = value;
    for (let index = 0; index < items.length; index += 1) visitHospitalFields(field.fields, { root: scope.root, item: items[index] }, joinPath(basePath, field.key, index), visit);
  }
}

export function hospitalListIssues(form: FormDefinition, data: unknown, lists: HospitalLists): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const root: Scope = { root: data, item: data };
  const check = (field: InputField, path: string, value: unknown) => {
    if (typeof value !== "string" || value.trim() === "") return;
    if (hospitalListEntry(lists, field, value)) return;
    issues.push({
      ruleId: HOSPITAL_LIST_RULE.id,
      ruleVersion: HOSPITAL_LIST_RULE.version,
      severity: "error",
      path,
      messageKey: HOSPITAL_LIST_RULE.id,
      params: { field: field.id, value },
    });
  };
  for (const section of form.sections) {
    if (hospitalFields(section.fields).length === 0 || (section.visibleWhen && !evaluateCondition(section.visibleWhen, root))) continue;
    visitHospitalFields(section.fields, root, "", check);
  }
  return issues;
}
