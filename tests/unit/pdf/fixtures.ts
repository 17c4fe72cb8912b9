import type { SrtDraft } from "@/lib/modules/srt/schema";
import type { RegistrationOutcome, RegistrationView } from "@/lib/registrations/registration-view";

/**
 * A sent SRT registration for oligometastases: two plans, the first with two lesions, a patient
 * identified by INSZ, comments with characters a markup language would interpret, and an outcome
 * with errors, warnings and confirmations (hand-made, so the test does not follow rule changes).
 */

/** Free text that must come out of the PDF exactly as typed. */
export const trickyComment = "Patiënt <b>niet vet</b> {field} C:\\temp\\één — ça, Noël, naïef, è";

export const srtData: SrtDraft = {
  indication: "OLIGOMETASTASES",
  nomenclatureCode: "444651",
  mdtDate: "2024-10-15",
  whoPerformanceStatus: "1",
  treatmentIntent: "CURATIVE",
  previousRtSameRegion: "NO",
  concurrentSystemicTherapy: ["TARGETED", "IMMUNOTHERAPY"],
  clinicalTrial: "YES",
  trialId: "2021-004567-12",
  primaryTopography: "C80.9",
  primaryMorphology: "8140/3",
  metastasisTiming: "METACHRONOUS",
  totalMetastaticLesions: 7,
  plans: [
    {
      startDate: "2024-11-04",
      endDate: "2024-11-11",
      platform: "LINAC",
      technique: "VMAT",
      imageGuidance: ["CBCT", "SURFACE_GUIDED"],
      motionManagement: "BREATH_HOLD",
      immobilisation: "VACUUM_CUSHION",
      lesions: [
        { targetSite: "LIVER", targetTopography: "C22.0", laterality: "RIGHT", totalDoseGy: 54, fractions: 3, ptvVolumeCc: 12.5 },
        // 45 / 4 = 11.25 Gy per fraction: shows the decimal separator of each language.
        { targetSite: "LUNG", targetTopography: "C34.3", laterality: "LEFT", totalDoseGy: 45, fractions: 4, prescriptionIsodosePct: 80 },
      ],
    },
    {
      startDate: "2024-12-02",
      // endDate missing: the SRT-E01 error below.
      platform: "MR_LINAC",
      technique: "IMRT",
      imageGuidance: ["MRI"],
      motionManagement: "GATING",
      lesions: [{ targetSite: "ADRENAL", targetTopography: "C74.9", laterality: "LEFT", totalDoseGy: 35, fractions: 5 }],
    },
  ],
  comments: trickyComment,
};

export const confirmationComment = "Primaire tumor onbekend na volledige work-up; nagekeken met de patholoog (dr. Lefèvre).";

export const sentView: RegistrationView = {
  id: "reg-0001",
  moduleId: "srt",
  hospitalLists: {},
  status: "SENT",
  validationStatus: "INVALID",
  version: 4,
  reference: "WBCR-SRT-2025-000123",
  correctionOfReference: null,
  organisation: { id: "org-1", name: "AZ Sint-Jan Brugge" },
  responsiblePhysician: { membershipId: "m-1", name: "Dr. Els Peeters" },
  createdByName: "Marie Dubois",
  createdAt: new Date("2025-03-10T08:15:00Z"),
  updatedAt: new Date("2025-03-14T16:40:00Z"),
  sentAt: new Date("2025-03-15T09:30:00Z"),
  sentByName: "Dr. Els Peeters",
  patient: {
    identificationPath: "INSZ",
    insurerCode: "500",
    insuranceNumber: "",
    insz: "85073003328",
    lastName: "Dupont-Lefèvre",
    firstName: "François",
    postalCode: "8000",
    town: "",
    country: "BE",
    birthDate: "1985-07-30",
    sex: "M",
    comment: "",
  },
  identifiedByService: false,
  formData: srtData,
  confirmations: [
    {
      ruleId: "SRT-W02",
      ruleVersion: 1,
      fieldPath: "primaryTopography",
      comment: confirmationComment,
      confirmedByName: "Dr. Els Peeters",
      confirmedAt: new Date("2025-03-15T09:25:00Z"),
    },
    {
      // Confirmed an earlier outcome: the plan duration warning no longer occurs.
      ruleId: "SRT-W05",
      ruleVersion: 1,
      fieldPath: "plans.0.endDate",
      comment: "Onderbreking wegens griep.",
      confirmedByName: "Marie Dubois",
      confirmedAt: new Date("2025-03-12T10:00:00Z"),
    },
  ],
};

export const sentOutcome: RegistrationOutcome = {
  issues: [
    { ruleId: "PAT-E01", ruleVersion: 1, severity: "error", path: "town", messageKey: "patient.required", params: { field: "town" } },
    { ruleId: "SRT-E01", ruleVersion: 1, severity: "error", path: "plans.1.endDate", messageKey: "SRT-E01" },
    {
      ruleId: "SRT-W02",
      ruleVersion: 1,
      severity: "warning",
      path: "primaryTopography",
      messageKey: "SRT-W02",
      params: { code: "C80.9" },
    },
    {
      ruleId: "SRT-W06",
      ruleVersion: 1,
      severity: "warning",
      path: "totalMetastaticLesions",
      messageKey: "SRT-W06",
      params: { count: 7, max: 5 },
    },
  ],
};

/** A fresh draft: no reference, nothing sent, nothing validated. */
export const draftView: RegistrationView = {
  ...sentView,
  id: "reg-0002",
  status: "DRAFT",
  validationStatus: "NOT_VALIDATED",
  reference: null,
  sentAt: null,
  sentByName: null,
  patient: { identificationPath: "NO_INSZ_ABROAD", lastName: "Müller", firstName: "Jürgen", country: "DE", postalCode: "52062" },
  formData: { plans: [{ lesions: [{}] }] },
  confirmations: [],
};
