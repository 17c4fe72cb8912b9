import { defineModule } from "@/lib/modules/define-module";
import { invertValues } from "@/lib/modules/projects";
import { t } from "@/lib/modules/translated";
import { srtDemo } from "./demo";
import { srtFormDeclaration } from "./fields";
import { srtListSummary } from "./list-summary";
import { srtMessages } from "./messages";
import { srtFormatRule, srtRules } from "./rules";

const LATERALITY_FACTS = { "1": "left", "2": "right", "3": "unpaired", "9": "unknown" } as const;
const BASIS_FACTS = { "2": "7", "3": "6", "4": "5", "5": "2", "6": "1", "7": "4", "9": "9" } as const;

/**
 * Registry treatment codes (the tumour facts' vocabulary, Annex 55 §10B and the follow-up's F7)
 * that activate the SRT project: external radiotherapy (20), concomitant chemoradiotherapy (25),
 * concomitant radio-immunotherapy (26). Not IORT (21), hadron therapy (22: its own project) nor
 * radioisotopes (30): none of them is stereotactic.
 */
export const RADIOTHERAPY_CODES = ["20", "25", "26"] as const;

/**
 * The stereotactic radiotherapy module (srt-form.md): a project module without follow-ups.
 * Server side: its rules read the ICD-O-3 files. Client components import the file-free parts
 * directly: ./fields (srtForm), ./schema, ./dose, ./codes.
 */
export const srtModule = defineModule({
  id: "srt",
  name: t("Stereotactische radiotherapie (SRT)", "Radiothérapie stéréotaxique (SRT)", "Stereotactic radiotherapy (SRT)", "Stereotaktische Strahlentherapie (SRT)"),
  referencePrefix: "SRT",
  kind: "project",
  requiredProfiles: ["SPECIALIST", "COORDINATOR", "ADMINISTRATIVE"],
  form: srtFormDeclaration,
  rules: srtRules,
  formatRule: srtFormatRule,
  // The registry's basis codes 2–9 onto IARC's; 8 (cytogenetic/molecular) has no IARC code.
  facts: {
    incidenceDate: { path: "incidenceDate" },
    topography: { path: "topography" },
    morphology: { path: "morphology" },
    laterality: { path: "laterality", values: LATERALITY_FACTS },
    basisOfDiagnosis: { path: "basisOfDiagnosis", values: BASIS_FACTS },
  },
  project: {
    // README.md, "Project participation": external radiotherapy, alone or concomitant with systemic therapy.
    trigger: "a treatment code 20, 25 or 26 (external radiotherapy, concomitant chemo- or radio-immunotherapy) in the chronology",
    activatedBy: { fact: "treatmentCodes", in: RADIOTHERAPY_CODES },
    patient: "copy",
    // The tumour fields are filled twice: B1–B5 (a primary tumour) and B10–B11 (metastases); the
    // indication chosen shows one set, and hidden fields are neither validated nor exported.
    prefill: [
      { fact: "incidenceDate", path: "incidenceDate" },
      { fact: "topography", path: "topography" },
      { fact: "morphology", path: "morphology" },
      { fact: "laterality", path: "laterality", values: invertValues(LATERALITY_FACTS) },
      { fact: "basisOfDiagnosis", path: "basisOfDiagnosis", values: invertValues(BASIS_FACTS) },
      { fact: "topography", path: "primaryTopography" },
      { fact: "morphology", path: "primaryMorphology" },
      { fact: "mocDate", path: "mdtDate" },
    ],
  },
  messages: srtMessages,
  demo: srtDemo,
  listSummary: srtListSummary,
});

export { bed10, dosePerFraction } from "./dose";
export { srtDraftSchema, type SrtDraft, type SrtLesion, type SrtPlan } from "./schema";
