/**
 * The SRT code lists (docs: shared/spec/srt-form.md). Values are the stored contract: exports,
 * the data dictionary and tests use them.
 */

export const INDICATIONS = [
  "PRIMARY_TUMOUR",
  "PRIMARY_RELAPSE",
  "OLIGOMETASTASES",
  "BRAIN_PRIMARY_MALIGNANT",
  "BRAIN_METASTASES",
  "BRAIN_BENIGN",
  "AVM",
] as const;
export type Indication = (typeof INDICATIONS)[number];

/** Indications describing the primary tumour itself (fields B1–B7). */
export const TUMOUR_INDICATIONS = [
  "PRIMARY_TUMOUR",
  "PRIMARY_RELAPSE",
  "BRAIN_PRIMARY_MALIGNANT",
  "BRAIN_BENIGN",
] as const satisfies readonly Indication[];

/** Indications treating metastases (fields B10–B13). */
export const METASTASIS_INDICATIONS = ["OLIGOMETASTASES", "BRAIN_METASTASES"] as const satisfies readonly Indication[];

/** Intracranial indications: their targets must be cranial, the others' must not (SRT-E11). */
export const BRAIN_INDICATIONS = [
  "BRAIN_PRIMARY_MALIGNANT",
  "BRAIN_METASTASES",
  "BRAIN_BENIGN",
  "AVM",
] as const satisfies readonly Indication[];

/** Indications whose tumour morphology must be malignant, behaviour /3 (SRT-E12). */
export const MALIGNANT_TUMOUR_INDICATIONS = [
  "PRIMARY_TUMOUR",
  "PRIMARY_RELAPSE",
  "BRAIN_PRIMARY_MALIGNANT",
] as const satisfies readonly Indication[];

export const NOMENCLATURE_CODES = [
  "444636",
  "444640",
  "444651",
  "444662",
  "444673",
  "444684",
  "444695",
  "444706",
] as const;
export type NomenclatureCode = (typeof NOMENCLATURE_CODES)[number];

/** The nomenclature service (code pair) each indication is charged under (Royal Decree 16-04-2020). */
export const NOMENCLATURE_PAIR: Record<Indication, readonly [NomenclatureCode, NomenclatureCode]> = {
  PRIMARY_TUMOUR: ["444636", "444640"],
  PRIMARY_RELAPSE: ["444636", "444640"],
  OLIGOMETASTASES: ["444651", "444662"],
  BRAIN_PRIMARY_MALIGNANT: ["444673", "444684"],
  BRAIN_METASTASES: ["444673", "444684"],
  BRAIN_BENIGN: ["444695", "444706"],
  AVM: ["444695", "444706"],
};

export const WHO_PERFORMANCE_STATUSES = ["0", "1", "2", "3", "4", "9"] as const;
export const TREATMENT_INTENTS = ["CURATIVE", "PALLIATIVE", "UNKNOWN"] as const;
export const YES_NO_UNKNOWN = ["YES", "NO", "UNKNOWN"] as const;
export const SYSTEMIC_THERAPIES = ["NONE", "CHEMOTHERAPY", "TARGETED", "HORMONAL", "IMMUNOTHERAPY", "OTHER"] as const;
/** Annex 55 laterality codes. */
export const TUMOUR_LATERALITIES = ["1", "2", "3", "9"] as const;
/** Annex 55 basis of diagnosis codes. */
export const BASES_OF_DIAGNOSIS = ["2", "3", "4", "5", "6", "7", "8", "9"] as const;
export const METASTASIS_TIMINGS = ["SYNCHRONOUS", "METACHRONOUS", "UNKNOWN"] as const;
export const AVM_LOCATIONS = [
  "FRONTAL",
  "TEMPORAL",
  "PARIETAL",
  "OCCIPITAL",
  "CEREBELLUM",
  "BRAINSTEM",
  "DEEP",
  "OTHER",
] as const;
export const SPETZLER_MARTIN_GRADES = ["1", "2", "3", "4", "5"] as const;

export const PLATFORMS = ["LINAC", "ROBOTIC", "GAMMA_KNIFE", "HELICAL", "MR_LINAC", "PROTON", "OTHER"] as const;
export const TECHNIQUES = ["VMAT", "IMRT", "DYNAMIC_CONFORMAL_ARCS", "CONES", "3D_CRT", "OTHER"] as const;
export const IMAGE_GUIDANCE = [
  "CBCT",
  "KV_STEREOSCOPIC",
  "MV_IMAGING",
  "MRI",
  "SURFACE_GUIDED",
  "FIDUCIALS",
  "NONE",
] as const;
export const MOTION_MANAGEMENT = [
  "NONE",
  "ITV_4DCT",
  "BREATH_HOLD",
  "GATING",
  "TRACKING",
  "ABDOMINAL_COMPRESSION",
  "NOT_APPLICABLE",
] as const;
export const IMMOBILISATION = ["INVASIVE_FRAME", "MASK", "VACUUM_CUSHION", "OTHER", "NONE"] as const;

export const TARGET_SITES = [
  "BRAIN",
  "SKULL_BASE",
  "SPINE_CERVICAL",
  "SPINE_THORACIC",
  "SPINE_LUMBOSACRAL",
  "LUNG",
  "MEDIASTINUM",
  "LIVER",
  "ADRENAL",
  "KIDNEY",
  "PANCREAS",
  "PROSTATE",
  "LYMPH_NODE",
  "BONE_NON_SPINE",
  "HEAD_NECK",
  "PELVIS",
  "OTHER",
] as const;
export type TargetSite = (typeof TARGET_SITES)[number];
/** Target sites inside the skull (SRT-E11). */
export const CRANIAL_TARGET_SITES = ["BRAIN", "SKULL_BASE"] as const satisfies readonly TargetSite[];

export const LESION_LATERALITIES = ["LEFT", "RIGHT", "MIDLINE", "NOT_APPLICABLE"] as const;

/** Schema limits against runaway input; the rules judge the plausible ranges. */
export const MAX_PLANS = 20;
export const MAX_LESIONS_PER_PLAN = 50;
export const MAX_COMMENT_LENGTH = 4000;
