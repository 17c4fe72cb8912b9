import { defineModule } from "@/lib/modules/define-module";
import { t } from "@/lib/modules/translated";
import { srtDemo } from "./demo";
import { srtFormDeclaration } from "./fields";
import { srtListSummary } from "./list-summary";
import { srtMessages } from "./messages";
import { srtFormatRule, srtRules } from "./rules";

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
    laterality: { path: "laterality", values: { "1": "left", "2": "right", "3": "unpaired", "9": "unknown" } },
    basisOfDiagnosis: { path: "basisOfDiagnosis", values: { "2": "7", "3": "6", "4": "5", "5": "2", "6": "1", "7": "4", "9": "9" } },
  },
  messages: srtMessages,
  demo: srtDemo,
  listSummary: srtListSummary,
});

export { bed10, dosePerFraction } from "./dose";
export { srtDraftSchema, type SrtDraft, type SrtLesion, type SrtPlan } from "./schema";
