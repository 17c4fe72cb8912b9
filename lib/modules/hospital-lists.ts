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
import { walkVisibleFields } from "@/lib/modules/walk";
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
// Every validation asks; most forms have no hospital-list field, and need no walk over their fields.
const formsWithHospitalCodes = new WeakMap<FormDefinition, boolean>();

function hasHospitalCodes(form: FormDefinition): boolean {
  let has = formsWithHospitalCodes.get(form);
  if (has === undefined) {
    const inFields = (fields: readonly FormField[]): boolean =>
      fields.some((field) => (field.kind === "group" ? inFields(field.fields) : field.type === "hospitalCode" || (field.type === "grid" && inFields([...(field.columns ?? []), ...(field.rows ?? []).flatMap((row) => row.columns ?? [])]))));
    formsWithHospitalCodes.set(form, (has = form.sections.some((section) => inFields(section.fields))));
  }
  return has;
}

export function hospitalListIssues(form: FormDefinition, data: unknown, lists: HospitalLists): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!hasHospitalCodes(form)) return issues;
  for (const { field, path, value } of walkVisibleFields(form, data)) {
    if (field.kind !== "field" || field.type !== "hospitalCode") continue;
    if (typeof value !== "string" || value.trim() === "") continue;
    if (hospitalListEntry(lists, field, value)) continue;
    issues.push({
      ruleId: HOSPITAL_LIST_RULE.id,
      ruleVersion: HOSPITAL_LIST_RULE.version,
      severity: "error",
      path,
      messageKey: HOSPITAL_LIST_RULE.id,
      params: { field: field.id, value },
    });
  }
  return issues;
}
