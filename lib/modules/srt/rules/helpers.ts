import { earliest } from "@/lib/modules/dates";
import type { ModuleRule, RuleFinding, ValidationContext } from "@/lib/modules/types";
import type { Severity } from "@/lib/validation/types";
import { METASTASIS_INDICATIONS, TUMOUR_INDICATIONS, type Indication } from "../codes";
import type { SrtDraft, SrtLesion, SrtPlan } from "../schema";

/** Shared pieces of the SRT rules. Rules only look at fields visible for the indication. */

export type SrtRule = ModuleRule<SrtDraft>;

export function rule(
  id: string,
  severity: Severity,
  description: string,
  check: (data: SrtDraft, context: ValidationContext) => RuleFinding[],
  version = 1,
): SrtRule {
  return { id, version, severity, description, check };
}

const includes = (list: readonly Indication[], indication: Indication | undefined): boolean =>
  indication !== undefined && list.includes(indication);

/** B1–B7 apply. */
export const hasTumourFields = (data: SrtDraft): boolean => includes(TUMOUR_INDICATIONS, data.indication);
/** B10–B13 apply. */
export const hasMetastasisFields = (data: SrtDraft): boolean => includes(METASTASIS_INDICATIONS, data.indication);
export const isRelapse = (data: SrtDraft): boolean => data.indication === "PRIMARY_RELAPSE";

export function* eachPlan(data: SrtDraft): Generator<{ plan: SrtPlan; path: string }> {
  for (const [index, plan] of (data.plans ?? []).entries()) yield { plan, path: `plans.${index}` };
}

export function* eachLesion(data: SrtDraft): Generator<{ lesion: SrtLesion; path: string; planIndex: number }> {
  for (const [planIndex, plan] of (data.plans ?? []).entries()) {
    for (const [index, lesion] of (plan.lesions ?? []).entries()) {
      yield { lesion, path: `plans.${planIndex}.lesions.${index}`, planIndex };
    }
  }
}

/** Start of the series: the earliest plan start, whatever order the plans were typed in. */
export function firstStart(data: SrtDraft): { date: string; path: string } | undefined {
  const date = earliest((data.plans ?? []).map((plan) => plan.startDate));
  if (!date) return undefined;
  const index = (data.plans ?? []).findIndex((plan) => plan.startDate === date);
  return { date, path: `plans.${index}.startDate` };
}

/** The primary tumour's topography field in use (B2, or B10 for metastases), if filled. */
export function primaryTopography(data: SrtDraft): { code: string; path: string } | undefined {
  if (hasTumourFields(data) && data.topography) return { code: data.topography, path: "topography" };
  if (hasMetastasisFields(data) && data.primaryTopography) {
    return { code: data.primaryTopography, path: "primaryTopography" };
  }
  return undefined;
}

/** Where the visible ICD-O-3 topography fields are (B2/B10 and the lesions' D2), for the clinical checks. */
export function topographyPaths(data: SrtDraft): string[] {
  const primary = primaryTopography(data);
  return [...(primary ? [primary.path] : []), "plans.*.lesions.*.targetTopography"];
}

/** Where the visible ICD-O-3 morphology field is (B3 or B11). */
export function morphologyPaths(data: SrtDraft): string[] {
  if (hasTumourFields(data)) return ["morphology"];
  if (hasMetastasisFields(data)) return ["primaryMorphology"];
  return [];
}
