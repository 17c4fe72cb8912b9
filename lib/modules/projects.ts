/**
 * Project participation (WBCR manual §6.1.1): a project module declares, as data, which sent
 * standard registrations activate it — a condition over their tumour facts (facts.ts), never
 * over another module's field keys — and how its own first draft is filled from those facts.
 * lib/projects/ offers the project after sending, and starts the prefilled registration.
 */
import { FACT_NAMES, type FactName, type TumourFacts } from "./facts";
import { isRecord } from "./paths";

/**
 * A condition over the tumour facts. On a list fact (treatment codes) a comparison holds when one
 * of its values satisfies it: `{ fact: "treatmentCodes", in: ["20"] }` = "a radiotherapy row".
 */
export type FactCondition =
  | { fact: FactName; equals: string }
  | { fact: FactName; in: readonly string[] }
  /** ICD-O-3 codes by prefix: `{ fact: "topography", startsWith: ["C50"] }` (breast). */
  | { fact: FactName; startsWith: readonly string[] }
  /** Free text naming one of these words, case and accents ignored (a test's name: "Oncotype DX"). */
  | { fact: FactName; mentions: readonly string[] }
  | { fact: FactName; filled: boolean }
  | { all: readonly FactCondition[] }
  | { any: readonly FactCondition[] }
  | { not: FactCondition };

/** Facts that are one value (the treatment codes are a list and fill no field). */
export type SingleFactName = Exclude<FactName, "treatmentCodes">;

/**
 * One field of the project's draft filled from a fact: `path` is a dot path from the root
 * ("incidenceDate", "plans.0.startDate"); `values` maps the fact's vocabulary onto the project's
 * own stored codes (a fact value it does not name fills nothing).
 */
export interface PrefillEntry {
  fact: SingleFactName;
  path: string;
  values?: Readonly<Record<string, string>>;
}

export interface ProjectDeclaration {
  /** Which sent registrations of a standard module offer this project (manual §6.1.1; spec X45). */
  activatedBy: FactCondition;
  /** Why, in one line for the README and the developers; users see the module's name. */
  trigger: string;
  /** The project's fields filled from the standard registration's facts; prefilled fields stay editable. */
  prefill: readonly PrefillEntry[];
  /** The patient block is copied from the standard registration (the only way there is: no typing twice). */
  patient: "copy";
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase("en");

function valuesOf(facts: TumourFacts, name: FactName): string[] {
  const value = facts[name];
  if (Array.isArray(value)) return value;
  return typeof value === "string" && value !== "" ? [value] : [];
}

/** Whether the facts satisfy the condition; unknown shapes make it false, never throw. */
export function factConditionHolds(condition: FactCondition, facts: TumourFacts): boolean {
  if (!isRecord(condition)) return false;
  if ("all" in condition) return condition.all.every((inner) => factConditionHolds(inner, facts));
  if ("any" in condition) return condition.any.some((inner) => factConditionHolds(inner, facts));
  if ("not" in condition) return !factConditionHolds(condition.not, facts);
  if (!FACT_NAMES.includes(condition.fact)) return false;
  const values = valuesOf(facts, condition.fact);
  if ("filled" in condition) return (values.length > 0) === condition.filled;
  if ("equals" in condition) return values.includes(condition.equals);
  if ("in" in condition) return values.some((value) => condition.in.includes(value));
  if ("startsWith" in condition) return values.some((value) => condition.startsWith.some((prefix) => value.startsWith(prefix)));
  if ("mentions" in condition) {
    const words = condition.mentions.map(fold);
    return values.some((value) => words.some((word) => fold(value).includes(word)));
  }
  return false;
}

/** The fact names a condition reads (tests check declarations name only known facts). */
export function factsRead(condition: FactCondition): FactName[] {
  if ("all" in condition) return condition.all.flatMap(factsRead);
  if ("any" in condition) return condition.any.flatMap(factsRead);
  if ("not" in condition) return factsRead(condition.not);
  return [condition.fact];
}

function setAtPath(target: Record<string, unknown>, path: string, value: string): void {
  const segments = path.split(".");
  let current: Record<string, unknown> | unknown[] = target;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const key: string | number = Array.isArray(current) ? Number(segment) : segment;
    const holder = current as Record<string | number, unknown>;
    if (last) {
      holder[key] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(segments[index + 1]!);
    const existing = holder[key];
    if (!(Array.isArray(existing) || isRecord(existing))) holder[key] = nextIsIndex ? [] : {};
    current = holder[key] as Record<string, unknown> | unknown[];
  });
}

export interface PrefilledDraft {
  /** The project's first draft: its empty draft with the prefilled fields set. */
  formData: Record<string, unknown>;
  /** Path → value of every field filled from the standard registration (the form marks them). */
  prefilled: Record<string, string>;
}

/** The project's first draft from the standard registration's facts (pure; never throws). */
export function prefillDraft(project: ProjectDeclaration, facts: TumourFacts, emptyDraft: unknown): PrefilledDraft {
  const formData: Record<string, unknown> = isRecord(emptyDraft) ? structuredClone(emptyDraft) : {};
  const prefilled: Record<string, string> = {};
  for (const entry of project.prefill) {
    const fact = facts[entry.fact];
    if (typeof fact !== "string" || fact === "") continue;
    const value = entry.values ? entry.values[fact] : fact;
    if (value === undefined) continue;
    setAtPath(formData, entry.path, value);
    prefilled[entry.path] = value;
  }
  return { formData, prefilled };
}

/** `values` maps turned around: a module's own facts map (stored → fact) as a prefill map (fact → stored). */
export function invertValues(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([stored, fact]) => [fact, stored]));
}
