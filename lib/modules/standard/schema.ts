import { z } from "zod";
import { hasDecimals, optionalBoolean, optionalMulti, optionalNumber, optionalPartialDate, optionalValue } from "@/lib/modules/draft-values";
import * as codes from "./codes";

/**
 * The content of Annex 55 (standard-form.md) as drafts: every value may be missing so a
 * registration can be saved at any moment; the rules judge completeness and plausibility.
 * Dates are ISO yyyy-mm-dd, codes the registry's codes (codes.ts). Unknown keys are dropped.
 */

const date = () => optionalValue(z.iso.date());
const text = (max: number) => optionalValue(z.string().trim().max(max));
const choice = <const T extends readonly [string, ...string[]]>(values: T) => optionalValue(z.enum(values));
// ICD-O-3 and TNM codes are checked by rules (A55-E13, A55-E120), so a typo can still be saved.
const code = (max: number) => optionalValue(z.string().trim().max(max));
const topography = () => optionalValue(z.string().trim().toUpperCase().max(8));
const millimetres = () => optionalNumber(z.number().min(0).max(10_000).refine((value) => hasDecimals(value, 1), { error: "At most 1 decimal." }));
const count = () => optionalNumber(z.number().int().min(0).max(1000));
// RIZIV/INAMI numbers are checked by A55-E60 (format and check digits).
const riziv = () => optionalValue(z.string().trim().max(20));

/** A physician of the MOC: name and RIZIV/INAMI number (a person field once the platform has one). */
const physician = {
  name: text(120),
  riziv: riziv(),
};

export const mocParticipantSchema = z.object(physician);

/** Vervolg 2 (and the follow-up's III): the MOC, shown when a reason is ticked. */
const moc = <const T extends readonly [string, ...string[]]>(reasons: T) => ({
  mocReasons: optionalMulti(reasons),
  mocOtherReason: text(500),
  coordinatingPhysicianName: text(120),
  coordinatingPhysicianRiziv: riziv(),
  coordinatingPhysicianInstitution: text(200),
  coordinatingPhysicianDate: date(),
  requesterName: text(120),
  requesterRiziv: riziv(),
  coordinatorName: text(120),
  coordinatorRiziv: riziv(),
  mocParticipants: z.array(mocParticipantSchema).max(codes.MAX_MOC_PARTICIPANTS).optional(),
  extramuralName: text(120),
  extramuralRiziv: riziv(),
  mocInstitution: text(200),
  mocDate: date(),
});

export const treatmentSchema = z.object({
  code: choice(codes.TREATMENT_CODES.values),
  campus: text(20),
  startDate: date(),
  endDate: date(),
  comment: text(500),
});

export const ownFieldSchema = z.object({
  name: text(80),
  kind: choice(codes.OWN_FIELD_KINDS.values),
  textValue: text(500),
  dateValue: date(),
  numberValue: optionalNumber(z.number().finite()),
});

/** The marker rows of vervolg 1, B2 (CHECK2 = CHEK2, PIKCA3 = PIK3CA in the form's spelling), in form order. */
export const MARKERS = ["er", "pr", "her2Ihc", "her2Status", "brca", "chek2", "palb2", "atm", "pik3ca"] as const;

const percentage = () => optionalNumber(z.number().min(-1000).max(1000));

/** Lymph node rows of B3b: sentinel, axillary, other × examined, positive, date. */
export const NODE_ROWS = ["sentinel", "axillary", "otherNodes"] as const;

const breastShape = {
  menopausalStatus: choice(codes.MENOPAUSAL_STATUS.values),
  multifocal: optionalBoolean(),
  // B2 molecular markers: one row per marker (a grid once the platform has one)
  erDate: date(),
  erTumour1: choice(codes.RECEPTOR_RESULT.values),
  erTumour2: choice(codes.RECEPTOR_RESULT.values),
  prDate: date(),
  prTumour1: choice(codes.RECEPTOR_RESULT.values),
  prTumour2: choice(codes.RECEPTOR_RESULT.values),
  her2IhcDate: date(),
  her2IhcTumour1: choice(codes.HER2_IHC.values),
  her2IhcTumour2: choice(codes.HER2_IHC.values),
  her2StatusDate: date(),
  her2StatusTumour1: choice(codes.HER2_STATUS.values),
  her2StatusTumour2: choice(codes.HER2_STATUS.values),
  brcaDate: date(),
  brcaTumour1: choice(codes.GENE_STATUS.values),
  brcaTumour2: choice(codes.GENE_STATUS.values),
  chek2Date: date(),
  chek2Tumour1: choice(codes.GENE_STATUS.values),
  chek2Tumour2: choice(codes.GENE_STATUS.values),
  palb2Date: date(),
  palb2Tumour1: choice(codes.GENE_STATUS.values),
  palb2Tumour2: choice(codes.GENE_STATUS.values),
  atmDate: date(),
  atmTumour1: choice(codes.GENE_STATUS.values),
  atmTumour2: choice(codes.GENE_STATUS.values),
  pik3caDate: date(),
  pik3caTumour1: choice(codes.GENE_STATUS.values),
  pik3caTumour2: choice(codes.GENE_STATUS.values),
  // Ki-67 is a percentage or "not tested"; A55-E54 judges the range, so a typo can be saved.
  ki67Date: date(),
  ki67NotTested: optionalBoolean(),
  ki67Tumour1: percentage(),
  ki67Tumour2: percentage(),
  otherMarkerName: text(80),
  otherMarkerDate: date(),
  otherMarkerTumour1: text(80),
  otherMarkerTumour2: text(80),
  invasiveDiameterMm: millimetres(),
  inSituDiameterMm: millimetres(),
  invasiveMarginMm: millimetres(),
  inSituMarginMm: millimetres(),
  // B3b lymph nodes (a grid once the platform has one)
  sentinelExamined: count(),
  sentinelPositive: count(),
  sentinelDate: date(),
  axillaryExamined: count(),
  axillaryPositive: count(),
  axillaryDate: date(),
  otherNodesExamined: count(),
  otherNodesPositive: count(),
  otherNodesDate: date(),
};

const common = {
  comments: text(codes.MAX_COMMENT_LENGTH),
  warningConfirmation: optionalBoolean(),
  correctionOf: text(40),
};

export const standardDraftSchema = z.object({
  // 1–9 tumour
  incidenceDate: date(),
  basisOfDiagnosis: choice(codes.BASIS_OF_DIAGNOSIS.values),
  whoPerformanceStatus: choice(codes.WHO_PERFORMANCE_STATUS.values),
  topography: topography(),
  laterality: choice(codes.LATERALITY.values),
  morphology: code(8),
  grade: choice(codes.GRADE.values),
  tnmEdition: choice(codes.TNM_EDITION.values),
  cT: code(16),
  cN: code(16),
  cM: code(16),
  pT: code(16),
  pN: code(16),
  pM: code(16),
  ypT: code(16),
  ypN: code(16),
  ypM: code(16),
  otherClassification: choice(codes.OTHER_CLASSIFICATION.values),
  otherStage: text(40),
  // 10–11 trial and treatments
  clinicalTrial: choice(codes.YES_NO_UNKNOWN.values),
  trialNumber: text(30),
  treatments: z.array(treatmentSchema).max(codes.MAX_TREATMENTS).optional(),
  // vervolg 1
  ...breastShape,
  // vervolg 2
  ...moc(codes.MOC_REASONS.values),
  // §5.5 own use, never sent
  ownFieldsWanted: optionalBoolean(),
  ownFields: z.array(ownFieldSchema).max(codes.MAX_OWN_FIELDS).optional(),
  ...common,
});

export const followUpTreatmentSchema = z.object({
  code: choice(codes.FOLLOW_UP_TREATMENT_CODES.values),
  comment: text(500),
});

export const standardFollowUpSchema = z.object({
  topography: topography(),
  morphology: code(8),
  incidenceDate: optionalPartialDate(),
  incidenceDateBasis: choice(codes.DATE_BASIS.values),
  diseaseFreeInterval: choice(codes.YES_NO.values),
  recurrenceDate: date(),
  recurrenceDateBasis: choice(codes.DATE_BASIS.values),
  recurrenceTypes: optionalMulti(codes.RECURRENCE_TYPES.values),
  treatmentPlan: z.array(followUpTreatmentSchema).max(codes.MAX_TREATMENTS).optional(),
  ...moc(codes.FOLLOW_UP_MOC_REASONS.values),
  ...common,
});

/** Stored new-diagnosis content. */
export type StandardDraft = z.output<typeof standardDraftSchema>;
export type StandardFollowUp = z.output<typeof standardFollowUpSchema>;
export type Treatment = z.output<typeof treatmentSchema>;
export type MocParticipant = z.output<typeof mocParticipantSchema>;
