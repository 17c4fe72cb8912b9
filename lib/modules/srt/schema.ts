import { z } from "zod";
import { hasDecimals, optionalBoolean, optionalMulti, optionalNumber, optionalValue } from "@/lib/modules/draft-values";
import * as codes from "./codes";

/**
 * The SRT form's content (srt-form.md), as a draft: every value may be missing, so a
 * registration can be saved at any moment (F-REG-1). Completeness and plausibility are the
 * rules' job (rules/), run when the user asks to validate or send.
 * Dates are ISO yyyy-mm-dd strings, decimals numbers. D6 and D9 are computed (dose.ts).
 * Unknown keys are dropped rather than refused, so drafts stay loadable when a field is retired.
 */

const date = () => optionalValue(z.iso.date());
const text = (max: number) => optionalValue(z.string().trim().max(max));
const choice = <const T extends readonly [string, ...string[]]>(values: T) => optionalValue(z.enum(values));
// Codes are checked against ICD-O-3 by a rule (SRT-E13), so a typo can still be saved.
const topography = () => optionalValue(z.string().trim().toUpperCase().max(8));
const morphology = () => optionalValue(z.string().trim().max(8));
const gray = () =>
  optionalNumber(z.number().refine((value) => hasDecimals(value, 2), { error: "At most 2 decimals." }));

export const srtLesionSchema = z.object({
  targetSite: choice(codes.TARGET_SITES),
  targetTopography: topography(),
  laterality: choice(codes.LESION_LATERALITIES),
  totalDoseGy: gray(),
  fractions: optionalNumber(z.number().int()),
  prescriptionIsodosePct: optionalNumber(z.number().min(30).max(100)),
  ptvVolumeCc: optionalNumber(z.number().positive().max(10_000)),
});

export const srtPlanSchema = z.object({
  startDate: date(),
  endDate: date(),
  platform: choice(codes.PLATFORMS),
  technique: choice(codes.TECHNIQUES),
  imageGuidance: optionalMulti(codes.IMAGE_GUIDANCE),
  motionManagement: choice(codes.MOTION_MANAGEMENT),
  immobilisation: choice(codes.IMMOBILISATION),
  lesions: z.array(srtLesionSchema).max(codes.MAX_LESIONS_PER_PLAN).optional(),
});

export const srtDraftSchema = z.object({
  // A. Series
  indication: choice(codes.INDICATIONS),
  nomenclatureCode: choice(codes.NOMENCLATURE_CODES),
  mdtDate: date(),
  whoPerformanceStatus: choice(codes.WHO_PERFORMANCE_STATUSES),
  treatmentIntent: choice(codes.TREATMENT_INTENTS),
  previousRtSameRegion: choice(codes.YES_NO_UNKNOWN),
  previousRtYear: optionalNumber(z.number().int().min(1900).max(2999)),
  concurrentSystemicTherapy: optionalMulti(codes.SYSTEMIC_THERAPIES),
  clinicalTrial: choice(codes.YES_NO_UNKNOWN),
  // The format is checked by SRT-E16 so that a half-typed number can be saved.
  trialId: text(30),
  // B. Tumour (which fields apply depends on the indication)
  incidenceDate: date(),
  topography: topography(),
  morphology: morphology(),
  laterality: choice(codes.TUMOUR_LATERALITIES),
  basisOfDiagnosis: choice(codes.BASES_OF_DIAGNOSIS),
  relapseDate: date(),
  cT: text(12),
  cN: text(12),
  cM: text(12),
  primaryTopography: topography(),
  primaryMorphology: morphology(),
  metastasisTiming: choice(codes.METASTASIS_TIMINGS),
  totalMetastaticLesions: optionalNumber(z.number().int().min(1).max(1000)),
  avmLocation: choice(codes.AVM_LOCATIONS),
  spetzlerMartinGrade: choice(codes.SPETZLER_MARTIN_GRADES),
  // C/D. Dosimetric plans and their lesions
  plans: z.array(srtPlanSchema).max(codes.MAX_PLANS).optional(),
  // E. Comments
  comments: text(codes.MAX_COMMENT_LENGTH),
  warningConfirmation: optionalBoolean(),
  correctionOf: text(40),
});

/** Stored draft content (after parsing). */
export type SrtDraft = z.output<typeof srtDraftSchema>;
/** What a form may submit (before parsing: "" and null for empty values are accepted). */
export type SrtDraftInput = z.input<typeof srtDraftSchema>;
export type SrtPlan = z.output<typeof srtPlanSchema>;
export type SrtLesion = z.output<typeof srtLesionSchema>;
