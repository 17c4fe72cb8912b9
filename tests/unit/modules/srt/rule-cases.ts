import type { SrtDraft } from "@/lib/modules/srt/schema";
import type { ValidationContext } from "@/lib/modules/types";
import type { Severity } from "@/lib/validation/types";
import * as f from "./fixtures";

/**
 * One failing and one passing example per rule (several for rules with several branches).
 * `failing` must report `ruleId` at `path` with `severity`; `also` lists other rules the same
 * data legitimately break. `passing` must not report `ruleId`.
 */
export interface RuleCase {
  name: string;
  ruleId: string;
  severity: Severity;
  path: string;
  messageKey?: string;
  also?: string[];
  failing: { data: unknown; context?: ValidationContext };
  passing: { data: unknown; context?: ValidationContext };
}

/** A copy of `base` changed by `change`. */
function edit(base: SrtDraft, change: (draft: SrtDraft) => void): SrtDraft {
  const draft = f.copy(base);
  change(draft);
  return draft;
}

const plan = (draft: SrtDraft, index = 0) => {
  const found = draft.plans?.[index];
  if (!found) throw new Error(`fixture has no plan ${index}`);
  return found;
};
const lesion = (draft: SrtDraft, planIndex = 0, index = 0) => {
  const found = plan(draft, planIndex).lesions?.[index];
  if (!found) throw new Error(`fixture has no lesion ${planIndex}/${index}`);
  return found;
};
const withBirth = (birthDate: string, sex: "M" | "F" = "M"): ValidationContext => ({ ...f.context, patient: { birthDate, sex } });

export const ruleCases: RuleCase[] = [
  // SRT-E00: content that is not even of the form's shape
  {
    name: "unknown indication value",
    ruleId: "SRT-E00",
    severity: "error",
    path: "indication",
    failing: { data: { ...f.primaryTumour, indication: "LEUKAEMIA" } },
    passing: { data: f.primaryTumour },
  },
  // SRT-E01
  {
    name: "missing incidence date for a primary tumour",
    ruleId: "SRT-E01",
    severity: "error",
    path: "incidenceDate",
    failing: { data: edit(f.primaryTumour, (d) => void delete d.incidenceDate) },
    passing: { data: edit(f.avm, (d) => void delete d.incidenceDate) },
  },
  {
    name: "missing end date (required to send)",
    ruleId: "SRT-E01",
    severity: "error",
    path: "plans.0.endDate",
    failing: { data: edit(f.primaryTumour, (d) => void delete plan(d).endDate) },
    passing: { data: edit(f.primaryTumour, (d) => void delete plan(d).immobilisation) },
  },
  {
    name: "missing fractions in the second plan's lesion",
    ruleId: "SRT-E01",
    severity: "error",
    path: "plans.1.lesions.0.fractions",
    failing: { data: edit(f.oligometastases, (d) => void delete lesion(d, 1).fractions) },
    passing: { data: edit(f.oligometastases, (d) => void delete lesion(d, 1).ptvVolumeCc) },
  },
  {
    name: "missing laterality for a paired organ (lung)",
    ruleId: "SRT-E01",
    severity: "error",
    path: "laterality",
    failing: { data: edit(f.primaryTumour, (d) => void delete d.laterality) },
    passing: { data: edit(f.primaryRelapse, (d) => void delete d.laterality) },
  },
  {
    name: "missing relapse date for a relapse",
    ruleId: "SRT-E01",
    severity: "error",
    path: "relapseDate",
    failing: { data: edit(f.primaryRelapse, (d) => void delete d.relapseDate) },
    passing: { data: f.primaryRelapse },
  },
  {
    name: "missing AVM location",
    ruleId: "SRT-E01",
    severity: "error",
    path: "avmLocation",
    failing: { data: edit(f.avm, (d) => void delete d.avmLocation) },
    passing: { data: edit(f.avm, (d) => void delete d.spetzlerMartinGrade) },
  },
  {
    name: "missing number of metastatic lesions",
    ruleId: "SRT-E01",
    severity: "error",
    path: "totalMetastaticLesions",
    failing: { data: edit(f.brainMetastases, (d) => void delete d.totalMetastaticLesions) },
    passing: { data: edit(f.brainMetastases, (d) => void delete d.primaryMorphology) },
  },
  {
    name: "plan without lesions",
    ruleId: "SRT-E01",
    severity: "error",
    path: "plans.0.lesions",
    failing: { data: edit(f.avm, (d) => void (plan(d).lesions = [])) },
    passing: { data: f.avm },
  },
  {
    name: "registration without plans",
    ruleId: "SRT-E01",
    severity: "error",
    path: "plans",
    failing: { data: edit(f.avm, (d) => void delete d.plans) },
    passing: { data: f.avm },
  },
  {
    name: "empty multi-select",
    ruleId: "SRT-E01",
    severity: "error",
    path: "concurrentSystemicTherapy",
    failing: { data: edit(f.avm, (d) => void (d.concurrentSystemicTherapy = [])) },
    passing: { data: f.avm },
  },
  // SRT-E02
  {
    name: "nomenclature code of another service",
    ruleId: "SRT-E02",
    severity: "error",
    path: "nomenclatureCode",
    failing: { data: { ...f.primaryTumour, nomenclatureCode: "444651" } },
    passing: { data: { ...f.primaryTumour, nomenclatureCode: "444640" } },
  },
  // SRT-E03
  {
    name: "plan starting before the incidence date",
    ruleId: "SRT-E03",
    severity: "error",
    path: "plans.0.startDate",
    failing: { data: edit(f.primaryTumour, (d) => void (d.incidenceDate = "2024-11-05")) },
    passing: { data: edit(f.primaryTumour, (d) => void (d.incidenceDate = "2024-11-04")) },
  },
  // SRT-E04
  {
    name: "plan ending before it starts",
    ruleId: "SRT-E04",
    severity: "error",
    path: "plans.1.endDate",
    failing: { data: edit(f.oligometastases, (d) => void (plan(d, 1).endDate = "2024-12-01")) },
    passing: { data: edit(f.oligometastases, (d) => void (plan(d, 1).endDate = "2024-12-02")) },
  },
  // SRT-E05
  {
    name: "date in the future",
    ruleId: "SRT-E05",
    severity: "error",
    path: "plans.0.endDate",
    messageKey: "SRT-E05.future",
    failing: { data: edit(f.avm, (d) => Object.assign(plan(d), { startDate: "2025-03-10", endDate: "2025-03-16" })) },
    passing: { data: edit(f.avm, (d) => Object.assign(plan(d), { startDate: "2025-03-10", endDate: "2025-03-15" })) },
  },
  {
    name: "date before the patient's birth",
    ruleId: "SRT-E05",
    severity: "error",
    path: "mdtDate",
    messageKey: "SRT-E05.beforeBirth",
    failing: { data: f.avm, context: withBirth("2024-10-20") },
    // A partial birth date only counts from its earliest possible day.
    passing: { data: f.avm, context: withBirth("2024-10-00") },
  },
  {
    name: "previous radiotherapy year in the future",
    ruleId: "SRT-E05",
    severity: "error",
    path: "previousRtYear",
    messageKey: "SRT-E05.future",
    failing: { data: { ...f.primaryRelapse, previousRtYear: 2026 } },
    passing: { data: { ...f.primaryRelapse, previousRtYear: 2025 } },
  },
  // SRT-E06
  {
    name: "MDT after the first plan's start",
    ruleId: "SRT-E06",
    severity: "error",
    path: "mdtDate",
    failing: { data: { ...f.primaryTumour, mdtDate: "2024-11-05" } },
    passing: { data: { ...f.primaryTumour, mdtDate: "2024-11-04" } },
  },
  // SRT-E07
  {
    name: "plan before 2020",
    ruleId: "SRT-E07",
    severity: "error",
    path: "plans.0.startDate",
    also: ["SRT-W08"],
    failing: {
      data: edit(f.avm, (d) => {
        d.mdtDate = "2019-12-01";
        Object.assign(plan(d), { startDate: "2019-12-31", endDate: "2019-12-31" });
      }),
    },
    passing: {
      data: edit(f.avm, (d) => {
        d.mdtDate = "2019-12-01";
        Object.assign(plan(d), { startDate: "2020-01-01", endDate: "2020-01-01" });
      }),
    },
  },
  // SRT-E08
  {
    name: "dose per fraction below 6 Gy",
    ruleId: "SRT-E08",
    severity: "error",
    path: "plans.0.lesions.0.dosePerFractionGy",
    failing: { data: edit(f.primaryTumour, (d) => Object.assign(lesion(d), { totalDoseGy: 30, fractions: 6 })) },
    passing: { data: edit(f.primaryTumour, (d) => Object.assign(lesion(d), { totalDoseGy: 36, fractions: 6 })) },
  },
  // SRT-E09
  {
    name: "total dose above 100 Gy",
    ruleId: "SRT-E09",
    severity: "error",
    path: "plans.0.lesions.0.totalDoseGy",
    messageKey: "SRT-E09.dose",
    failing: { data: edit(f.primaryTumour, (d) => void (lesion(d).totalDoseGy = 100.01)) },
    passing: { data: edit(f.primaryTumour, (d) => void (lesion(d).totalDoseGy = 60)) },
  },
  {
    name: "total dose of 0 Gy",
    ruleId: "SRT-E09",
    severity: "error",
    path: "plans.0.lesions.0.totalDoseGy",
    messageKey: "SRT-E09.dose",
    failing: { data: edit(f.primaryTumour, (d) => void (lesion(d).totalDoseGy = 0)) },
    passing: { data: f.primaryTumour },
  },
  {
    name: "more than 15 fractions",
    ruleId: "SRT-E09",
    severity: "error",
    path: "plans.0.lesions.0.fractions",
    messageKey: "SRT-E09.fractions",
    failing: { data: edit(f.primaryTumour, (d) => Object.assign(lesion(d), { totalDoseGy: 96, fractions: 16 })) },
    passing: { data: edit(f.primaryTumour, (d) => Object.assign(lesion(d), { totalDoseGy: 60, fractions: 8 })) },
  },
  // SRT-E10
  {
    name: "six oligometastases treated over two plans",
    ruleId: "SRT-E10",
    severity: "error",
    path: "plans.1.lesions",
    failing: {
      data: edit(f.oligometastases, (d) => {
        const extra = lesion(d, 1);
        plan(d, 1).lesions = [extra, { ...extra }, { ...extra }, { ...extra }];
      }),
    },
    passing: {
      data: edit(f.oligometastases, (d) => {
        const extra = lesion(d, 1);
        plan(d, 1).lesions = [extra, { ...extra }, { ...extra }];
      }),
    },
  },
  // SRT-E11
  {
    name: "brain metastases with a lung target",
    ruleId: "SRT-E11",
    severity: "error",
    path: "plans.0.lesions.1.targetSite",
    messageKey: "SRT-E11.cranial",
    failing: { data: edit(f.brainMetastases, (d) => void (lesion(d, 0, 1).targetSite = "LUNG")) },
    passing: { data: edit(f.brainMetastases, (d) => void (lesion(d, 0, 1).targetSite = "SKULL_BASE")) },
  },
  {
    name: "extracerebral primary with a brain target",
    ruleId: "SRT-E11",
    severity: "error",
    path: "plans.0.lesions.0.targetSite",
    messageKey: "SRT-E11.extracranial",
    failing: { data: edit(f.primaryTumour, (d) => void (lesion(d).targetSite = "SKULL_BASE")) },
    passing: { data: edit(f.primaryTumour, (d) => void (lesion(d).targetSite = "MEDIASTINUM")) },
  },
  // SRT-E12
  {
    name: "in situ morphology for a malignant indication",
    ruleId: "SRT-E12",
    severity: "error",
    path: "morphology",
    messageKey: "SRT-E12.malignant",
    failing: { data: { ...f.primaryTumour, morphology: "8140/2" } },
    passing: { data: { ...f.primaryTumour, morphology: "8070/3" } },
  },
  {
    name: "malignant morphology for a non-malignant brain tumour",
    ruleId: "SRT-E12",
    severity: "error",
    path: "morphology",
    messageKey: "SRT-E12.benign",
    failing: { data: { ...f.brainBenign, morphology: "9530/3" } },
    passing: { data: { ...f.brainBenign, morphology: "9530/0" } },
  },
  // SRT-E13
  {
    name: "topography outside ICD-O-3",
    ruleId: "SRT-E13",
    severity: "error",
    path: "topography",
    messageKey: "SRT-E13.topography",
    failing: { data: { ...f.primaryTumour, topography: "C99.9" } },
    passing: { data: { ...f.primaryTumour, topography: "C34.3" } },
  },
  {
    name: "morphology outside ICD-O-3",
    ruleId: "SRT-E13",
    severity: "error",
    path: "morphology",
    messageKey: "SRT-E13.morphology",
    failing: { data: { ...f.primaryTumour, morphology: "8888/3" } },
    passing: { data: { ...f.primaryTumour, morphology: "8046/3" } },
  },
  {
    name: "lesion topography outside ICD-O-3",
    ruleId: "SRT-E13",
    severity: "error",
    path: "plans.0.lesions.0.targetTopography",
    messageKey: "SRT-E13.topography",
    failing: { data: edit(f.primaryTumour, (d) => void (lesion(d).targetTopography = "C34")) },
    passing: { data: edit(f.primaryTumour, (d) => void (lesion(d).targetTopography = "C34.9")) },
  },
  // SRT-E14
  {
    name: "male patient with a cervix tumour",
    ruleId: "SRT-E14",
    severity: "error",
    path: "topography",
    messageKey: "SRT-E14.male",
    failing: { data: { ...f.primaryTumour, topography: "C53.9", morphology: "8070/3", laterality: "3" } },
    passing: {
      data: { ...f.primaryTumour, topography: "C53.9", morphology: "8070/3", laterality: "3" },
      context: f.femaleContext,
    },
  },
  {
    name: "female patient with a prostate tumour",
    ruleId: "SRT-E14",
    severity: "error",
    path: "plans.0.lesions.0.targetTopography",
    messageKey: "SRT-E14.female",
    failing: { data: f.primaryRelapse, context: f.femaleContext },
    passing: { data: f.primaryRelapse, context: { ...f.context, patient: { sex: null } } },
  },
  // SRT-E15
  {
    name: "relapse before incidence",
    ruleId: "SRT-E15",
    severity: "error",
    path: "relapseDate",
    failing: { data: { ...f.primaryRelapse, relapseDate: "2020-11-09" } },
    passing: { data: { ...f.primaryRelapse, relapseDate: "2020-11-10" } },
  },
  // SRT-E16
  {
    name: "'none' combined with chemotherapy",
    ruleId: "SRT-E16",
    severity: "error",
    path: "concurrentSystemicTherapy",
    messageKey: "SRT-E16.none",
    failing: { data: { ...f.primaryTumour, concurrentSystemicTherapy: ["NONE", "CHEMOTHERAPY"] } },
    passing: { data: { ...f.primaryTumour, concurrentSystemicTherapy: ["CHEMOTHERAPY", "IMMUNOTHERAPY"] } },
  },
  {
    name: "malformed trial id",
    ruleId: "SRT-E16",
    severity: "error",
    path: "trialId",
    messageKey: "SRT-E16.trialId",
    failing: { data: { ...f.oligometastases, trialId: "2021-4567-12" } },
    passing: { data: { ...f.oligometastases, trialId: "2022-500014-26-00" } },
  },
  {
    name: "missing trial id (reported by E16, not E01)",
    ruleId: "SRT-E16",
    severity: "error",
    path: "trialId",
    messageKey: "SRT-E16.trialId",
    failing: { data: edit(f.oligometastases, (d) => void delete d.trialId) },
    passing: { data: edit(f.oligometastases, (d) => Object.assign(d, { clinicalTrial: "NO", trialId: undefined })) },
  },
  // SRT-W01
  {
    name: "hepatocellular carcinoma in the lung",
    ruleId: "SRT-W01",
    severity: "warning",
    path: "morphology",
    failing: { data: { ...f.primaryTumour, morphology: "8170/3" } },
    passing: { data: { ...f.primaryTumour, topography: "C22.0", laterality: "3", morphology: "8170/3" } },
  },
  {
    name: "unlikely primary of metastases",
    ruleId: "SRT-W01",
    severity: "warning",
    path: "primaryMorphology",
    failing: { data: { ...f.oligometastases, primaryMorphology: "8170/3" } },
    passing: { data: { ...f.oligometastases, primaryTopography: "C22.0", primaryMorphology: "8170/3" } },
  },
  // SRT-W02
  {
    name: "vague topography (thorax, NOS)",
    ruleId: "SRT-W02",
    severity: "warning",
    path: "topography",
    failing: { data: { ...f.primaryTumour, topography: "C76.1", laterality: "9" } },
    passing: { data: { ...f.primaryTumour, topography: "C34.9" } },
  },
  {
    name: "unknown primary site as the tumour's own topography",
    ruleId: "SRT-W02",
    severity: "warning",
    path: "topography",
    failing: { data: { ...f.primaryTumour, topography: "C80.9", laterality: "9" } },
    // For metastases C80.9 is the expected code of an unknown primary.
    passing: { data: { ...f.oligometastases, primaryTopography: "C80.9" } },
  },
  // SRT-W03
  {
    name: "breast cancer at 19",
    ruleId: "SRT-W03",
    severity: "warning",
    path: "topography",
    failing: {
      data: { ...f.primaryTumour, topography: "C50.9", morphology: "8500/3" },
      context: withBirth("2004-11-05", "F"),
    },
    passing: {
      data: { ...f.primaryTumour, topography: "C50.9", morphology: "8500/3" },
      context: withBirth("2004-11-04", "F"),
    },
  },
  {
    name: "prostate cancer before 5",
    ruleId: "SRT-W03",
    severity: "warning",
    path: "topography",
    failing: { data: { ...f.primaryRelapse, incidenceDate: "2020-11-10" }, context: withBirth("2020-01-01") },
    passing: { data: f.primaryRelapse, context: withBirth("2019-11-18") },
  },
  // SRT-W04
  {
    name: "dose per fraction above 30 Gy",
    ruleId: "SRT-W04",
    severity: "warning",
    path: "plans.0.lesions.0.dosePerFractionGy",
    messageKey: "SRT-W04.dosePerFraction",
    failing: { data: edit(f.primaryTumour, (d) => Object.assign(lesion(d), { totalDoseGy: 34, fractions: 1 })) },
    passing: { data: edit(f.primaryTumour, (d) => Object.assign(lesion(d), { totalDoseGy: 30, fractions: 1 })) },
  },
  {
    name: "more than 10 fractions",
    ruleId: "SRT-W04",
    severity: "warning",
    path: "plans.0.lesions.0.fractions",
    messageKey: "SRT-W04.fractions",
    failing: { data: edit(f.primaryTumour, (d) => Object.assign(lesion(d), { totalDoseGy: 78, fractions: 12 })) },
    passing: { data: edit(f.primaryTumour, (d) => Object.assign(lesion(d), { totalDoseGy: 70, fractions: 10 })) },
  },
  // SRT-W05
  {
    name: "plan of 31 days",
    ruleId: "SRT-W05",
    severity: "warning",
    path: "plans.0.endDate",
    failing: { data: edit(f.primaryTumour, (d) => void (plan(d).endDate = "2024-12-05")) },
    passing: { data: edit(f.primaryTumour, (d) => void (plan(d).endDate = "2024-12-04")) },
  },
  // SRT-W06
  {
    name: "six known metastases",
    ruleId: "SRT-W06",
    severity: "warning",
    path: "totalMetastaticLesions",
    failing: { data: { ...f.oligometastases, totalMetastaticLesions: 6 } },
    passing: { data: { ...f.oligometastases, totalMetastaticLesions: 5 } },
  },
  // SRT-W07
  {
    name: "incidence more than 10 years before the first plan",
    ruleId: "SRT-W07",
    severity: "warning",
    path: "incidenceDate",
    failing: { data: { ...f.primaryTumour, incidenceDate: "2014-11-03" } },
    passing: { data: { ...f.primaryTumour, incidenceDate: "2014-11-04" } },
  },
  // SRT-W08
  {
    name: "sent after 30 June of the following year",
    ruleId: "SRT-W08",
    severity: "warning",
    path: "plans.0.startDate",
    failing: { data: f.primaryTumour, context: { ...f.context, sendDate: new Date("2025-07-01T10:00:00Z") } },
    passing: { data: f.primaryTumour, context: { ...f.context, sendDate: new Date("2025-06-30T10:00:00Z") } },
  },
  {
    name: "late without a send date: today counts",
    ruleId: "SRT-W08",
    severity: "warning",
    path: "plans.1.startDate",
    failing: {
      data: edit(f.oligometastases, (d) => void (d.plans = [plan(d, 1), plan(d, 0)])),
      context: { ...f.context, today: new Date("2025-07-01T10:00:00Z") },
    },
    passing: { data: f.oligometastases, context: { ...f.context, today: new Date("2025-06-30T10:00:00Z") } },
  },
];
