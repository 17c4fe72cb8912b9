/**
 * Complete, plausible SRT registrations, one per indication, without any validation issue for a
 * man born in 1955 on 2025-03-15. The demo seed varies them; tests start from them and change
 * the value under test.
 */
import type { SrtDraft } from "@/lib/modules/srt/schema";

const series = {
  mdtDate: "2024-10-15",
  whoPerformanceStatus: "1",
  treatmentIntent: "CURATIVE",
  previousRtSameRegion: "NO",
  concurrentSystemicTherapy: ["NONE"],
  clinicalTrial: "NO",
} as const satisfies Partial<SrtDraft>;

export const primaryTumour: SrtDraft = {
  ...series,
  indication: "PRIMARY_TUMOUR",
  nomenclatureCode: "444636",
  incidenceDate: "2024-09-20",
  topography: "C34.1",
  morphology: "8140/3",
  laterality: "2",
  basisOfDiagnosis: "2",
  cT: "T1b",
  cN: "N0",
  cM: "M0",
  plans: [
    {
      startDate: "2024-11-04",
      endDate: "2024-11-12",
      platform: "LINAC",
      technique: "VMAT",
      imageGuidance: ["CBCT"],
      motionManagement: "ITV_4DCT",
      immobilisation: "VACUUM_CUSHION",
      lesions: [
        {
          targetSite: "LUNG",
          targetTopography: "C34.1",
          laterality: "RIGHT",
          totalDoseGy: 54,
          fractions: 3,
          prescriptionIsodosePct: 80,
          ptvVolumeCc: 12.5,
        },
      ],
    },
  ],
};

export const primaryRelapse: SrtDraft = {
  ...series,
  indication: "PRIMARY_RELAPSE",
  nomenclatureCode: "444640",
  previousRtSameRegion: "YES",
  previousRtYear: 2021,
  concurrentSystemicTherapy: ["HORMONAL"],
  incidenceDate: "2020-11-10",
  topography: "C61.9",
  morphology: "8140/3",
  laterality: "3",
  basisOfDiagnosis: "2",
  relapseDate: "2024-08-01",
  plans: [
    {
      startDate: "2024-11-18",
      endDate: "2024-11-29",
      platform: "ROBOTIC",
      technique: "OTHER",
      imageGuidance: ["KV_STEREOSCOPIC", "FIDUCIALS"],
      motionManagement: "TRACKING",
      lesions: [{ targetSite: "PROSTATE", targetTopography: "C61.9", laterality: "MIDLINE", totalDoseGy: 36.25, fractions: 5 }],
    },
  ],
};

export const oligometastases: SrtDraft = {
  ...series,
  indication: "OLIGOMETASTASES",
  nomenclatureCode: "444651",
  treatmentIntent: "CURATIVE",
  concurrentSystemicTherapy: ["TARGETED", "IMMUNOTHERAPY"],
  clinicalTrial: "YES",
  trialId: "2021-004567-12",
  primaryTopography: "C18.7",
  primaryMorphology: "8140/3",
  metastasisTiming: "METACHRONOUS",
  totalMetastaticLesions: 3,
  plans: [
    {
      startDate: "2024-11-04",
      endDate: "2024-11-11",
      platform: "LINAC",
      technique: "VMAT",
      imageGuidance: ["CBCT"],
      motionManagement: "BREATH_HOLD",
      immobilisation: "VACUUM_CUSHION",
      lesions: [
        { targetSite: "LIVER", targetTopography: "C22.0", laterality: "RIGHT", totalDoseGy: 45, fractions: 3 },
        { targetSite: "LUNG", targetTopography: "C34.3", laterality: "LEFT", totalDoseGy: 48, fractions: 4 },
      ],
    },
    {
      startDate: "2024-12-02",
      endDate: "2024-12-10",
      platform: "MR_LINAC",
      technique: "IMRT",
      imageGuidance: ["MRI"],
      motionManagement: "GATING",
      lesions: [{ targetSite: "ADRENAL", targetTopography: "C74.9", laterality: "LEFT", totalDoseGy: 35, fractions: 5 }],
    },
  ],
};

export const brainPrimaryMalignant: SrtDraft = {
  ...series,
  indication: "BRAIN_PRIMARY_MALIGNANT",
  nomenclatureCode: "444673",
  treatmentIntent: "PALLIATIVE",
  whoPerformanceStatus: "2",
  previousRtSameRegion: "YES",
  concurrentSystemicTherapy: ["CHEMOTHERAPY"],
  clinicalTrial: "UNKNOWN",
  incidenceDate: "2023-02-03",
  topography: "C71.1",
  morphology: "9440/3",
  laterality: "1",
  basisOfDiagnosis: "2",
  plans: [
    {
      startDate: "2024-10-28",
      endDate: "2024-11-08",
      platform: "LINAC",
      technique: "VMAT",
      imageGuidance: ["CBCT", "SURFACE_GUIDED"],
      motionManagement: "NOT_APPLICABLE",
      immobilisation: "MASK",
      lesions: [{ targetSite: "BRAIN", targetTopography: "C71.1", laterality: "LEFT", totalDoseGy: 30, fractions: 5 }],
    },
  ],
};

export const brainMetastases: SrtDraft = {
  ...series,
  indication: "BRAIN_METASTASES",
  nomenclatureCode: "444684",
  treatmentIntent: "PALLIATIVE",
  concurrentSystemicTherapy: ["TARGETED"],
  clinicalTrial: "YES",
  trialId: "2023-503456-12-00",
  primaryTopography: "C34.9",
  primaryMorphology: "8046/3",
  metastasisTiming: "SYNCHRONOUS",
  totalMetastaticLesions: 3,
  plans: [
    {
      startDate: "2024-11-06",
      endDate: "2024-11-06",
      platform: "GAMMA_KNIFE",
      technique: "CONES",
      imageGuidance: ["CBCT"],
      motionManagement: "NOT_APPLICABLE",
      immobilisation: "INVASIVE_FRAME",
      lesions: [
        { targetSite: "BRAIN", targetTopography: "C71.1", laterality: "LEFT", totalDoseGy: 20, fractions: 1, prescriptionIsodosePct: 50 },
        { targetSite: "BRAIN", targetTopography: "C71.4", laterality: "RIGHT", totalDoseGy: 18, fractions: 1, prescriptionIsodosePct: 50 },
        { targetSite: "BRAIN", targetTopography: "C71.6", laterality: "MIDLINE", totalDoseGy: 21, fractions: 1, ptvVolumeCc: 0.8 },
      ],
    },
  ],
};

export const brainBenign: SrtDraft = {
  ...series,
  indication: "BRAIN_BENIGN",
  nomenclatureCode: "444695",
  incidenceDate: "2023-05-10",
  topography: "C72.4",
  morphology: "9560/0",
  laterality: "2",
  basisOfDiagnosis: "5",
  plans: [
    {
      startDate: "2024-10-21",
      endDate: "2024-10-21",
      platform: "LINAC",
      technique: "DYNAMIC_CONFORMAL_ARCS",
      imageGuidance: ["KV_STEREOSCOPIC"],
      motionManagement: "NOT_APPLICABLE",
      immobilisation: "MASK",
      lesions: [{ targetSite: "SKULL_BASE", targetTopography: "C72.4", laterality: "RIGHT", totalDoseGy: 12, fractions: 1 }],
    },
  ],
};

export const avm: SrtDraft = {
  ...series,
  indication: "AVM",
  nomenclatureCode: "444706",
  avmLocation: "PARIETAL",
  spetzlerMartinGrade: "2",
  plans: [
    {
      startDate: "2024-11-13",
      endDate: "2024-11-13",
      platform: "GAMMA_KNIFE",
      technique: "CONES",
      imageGuidance: ["NONE"],
      motionManagement: "NOT_APPLICABLE",
      immobilisation: "INVASIVE_FRAME",
      lesions: [{ targetSite: "BRAIN", targetTopography: "C71.3", laterality: "LEFT", totalDoseGy: 22, fractions: 1 }],
    },
  ],
};

export const validRegistrations = {
  primaryTumour,
  primaryRelapse,
  oligometastases,
  brainPrimaryMalignant,
  brainMetastases,
  brainBenign,
  avm,
} as const;
