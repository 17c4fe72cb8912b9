import { behaviourOf, histologyOf, topographySite } from "@/lib/icdo3";
import { ageOn, earliestBirthDate } from "@/lib/modules/dates";
import type { ModuleRule, RuleFinding, ValidationContext } from "@/lib/modules/types";
import type { Severity } from "@/lib/validation/types";
import { SURGERY_CODES } from "../codes";
import type { StandardDraft, StandardFollowUp } from "../schema";

/**
 * Shared pieces of the Annex 55 rules. Ids follow the specification once: `A55-Enn` errors,
 * `A55-Wnn` warnings for the field-level checks, and `A55-E1nn`/`A55-W1nn` for cross-field
 * check Xnn (X07 → A55-E107, X01 → A55-W101), except where an X row repeats a field-level check
 * (X40 → A55-W40, X46 → A55-W08, X47 → A55-E42, X48 → A55-E43). Rules look only at visible fields.
 */

export type StandardRule = ModuleRule<StandardDraft>;
export type FollowUpRule = ModuleRule<StandardFollowUp>;

export function rule<TData>(
  id: string,
  severity: Severity,
  description: string,
  check: (data: TData, context: ValidationContext) => RuleFinding[],
  version = 1,
): ModuleRule<TData> {
  return { id, version, severity, description, check };
}

/** The tumour codes both forms carry, split into the numbers the IARC tables use. */
export interface TumourCodes {
  topography?: string;
  morphology?: string;
}

export interface ParsedTumour {
  readonly site?: number;
  readonly histology?: number;
  readonly behaviour?: string;
}

// A dozen rules parse the same two codes in every validation: the last answer is kept (codes are strings, so it cannot go stale).
let lastParsed: { topography?: string; morphology?: string; parsed: ParsedTumour } | undefined;

export function parsedTumour(data: TumourCodes): ParsedTumour {
  if (lastParsed && lastParsed.topography === data.topography && lastParsed.morphology === data.morphology) return lastParsed.parsed;
  const histology = data.morphology ? histologyOf(data.morphology) : undefined;
  const parsed: ParsedTumour = Object.freeze({
    site: data.topography ? topographySite(data.topography) : undefined,
    histology: histology === undefined ? undefined : Number(histology),
    behaviour: data.morphology ? behaviourOf(data.morphology) : undefined,
  });
  lastParsed = { topography: data.topography, morphology: data.morphology, parsed };
  return parsed;
}

export const isBreast = (data: { topography?: string }): boolean => data.topography?.startsWith("C50") === true;
export const mocDiscussed = (data: { mocReasons?: readonly string[] }): boolean => (data.mocReasons?.length ?? 0) > 0;

/** Completed years on `on` (highest possible when the birth date is partial), or undefined. */
export function ageAt(context: ValidationContext, on: string | undefined): number | undefined {
  const birth = earliestBirthDate(context.patient.birthDate);
  if (!birth || !on || !/^\d{4}-\d{2}-\d{2}$/.test(on)) return undefined;
  return ageOn(birth, on);
}

export function* eachTreatment(data: StandardDraft) {
  for (const [index, treatment] of (data.treatments ?? []).entries()) yield { treatment, index, path: `treatments.${index}` };
}

export const hasCode = (data: StandardDraft, codes: readonly string[]): boolean =>
  (data.treatments ?? []).some((treatment) => treatment.code !== undefined && codes.includes(treatment.code));

/** The breast supplement's B3 (sizes, lymph nodes) is shown, and so checked, after surgery only (code 10 or 11). */
export const isOperatedBreast = (data: StandardDraft): boolean => isBreast(data) && hasCode(data, SURGERY_CODES);
