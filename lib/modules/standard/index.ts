import { defineModule } from "@/lib/modules/define-module";
import { t } from "@/lib/modules/translated";
import type { ModuleDeclaration, RegistrationFormDeclaration } from "@/lib/modules/types";
import { CURRENT_TNM_EDITION, IARC_BASIS } from "./codes";
import type { FactDeclaration } from "@/lib/modules/facts";
import { standardDemo } from "./demo";
import { gatedExportColumns } from "./export";
import { followUpFormDeclaration, standardFormDeclaration } from "./fields";
import { standardMessages } from "./messages";
import { followUpPrintouts, newDiagnosisPrintouts } from "./printouts";
import { followUpRules, standardFormatRule, standardRules } from "./rules";
import { standardDraftSchema, type StandardDraft, type StandardFollowUp } from "./schema";
import { SEND_WINDOW } from "./send-window";

/**
 * The standard cancer registration (Annex 55, standard-form.md): the new diagnosis with its
 * breast supplement and MOC, and the follow-up (vervolg 3). Not registered yet (README).
 * Server side: its rules read the ICD-O-3 files.
 */

/** The follow-up's first content: site, histology and incidence date of the sent original (F1–F3). */
export function followUpFrom(originalFormData: unknown): StandardFollowUp {
  const parsed = standardDraftSchema.safeParse(originalFormData);
  const original = parsed.success ? parsed.data : {};
  return {
    topography: original.topography,
    morphology: original.morphology,
    incidenceDate: original.incidenceDate,
    treatmentPlan: [{}],
  };
}

/** The registry's codes onto the facts' vocabulary: laterality by side, the basis as its IARC code. */
const laterality = { path: "laterality", values: { "1": "left", "2": "right", "3": "unpaired", NK: "unknown" } };
const iarcBasis = Object.fromEntries(Object.entries(IARC_BASIS).flatMap(([registry, iarc]) => (iarc === null ? [] : [[registry, iarc]])));

const newDiagnosisFacts: FactDeclaration = {
  incidenceDate: { path: "incidenceDate" },
  topography: { path: "topography" },
  morphology: { path: "morphology" },
  laterality,
  basisOfDiagnosis: { path: "basisOfDiagnosis", values: iarcBasis },
  mocDate: { path: "mocDate" },
  treatmentCodes: { path: "treatments.*.code" },
};

const followUpFacts: FactDeclaration = {
  incidenceDate: { path: "incidenceDate" },
  topography: { path: "topography" },
  morphology: { path: "morphology" },
  mocDate: { path: "mocDate" },
  treatmentCodes: { path: "treatmentPlan.*.code" },
};

const declared = defineModule({
  id: "standard",
  name: t("Standaard kankerregistratie", "Enregistrement standard du cancer", "Standard cancer registration", "Standard-Krebsregistrierung"),
  referencePrefix: "STD",
  kind: "standard",
  requiredProfiles: ["SPECIALIST", "COORDINATOR", "ADMINISTRATIVE"],
  form: standardFormDeclaration,
  rules: standardRules,
  formatRule: standardFormatRule,
  facts: newDiagnosisFacts,
  printouts: newDiagnosisPrintouts,
  followUp: { form: followUpFormDeclaration, rules: followUpRules, formatRule: standardFormatRule, facts: followUpFacts, printouts: followUpPrintouts },
  messages: standardMessages,
  demo: standardDemo,
  // Search by MOC date [M §5.8] (offered first); downloads also by incidence date [M §5.11].
  searchDates: ["mocDate", "incidenceDate"],
  // The registry expects a new diagnosis 4 to 6 months after its incidence date [F Opmerkingen].
  sendWindow: SEND_WINDOW,
});

const followUp: RegistrationFormDeclaration<StandardFollowUp> = {
  ...declared.followUp!,
  // The MOC participants' first row is not offered before a MOC reason is ticked.
  emptyDraft: () => ({ treatmentPlan: [{}] }),
};

/**
 * Typed with its follow-up form, so callers (and tests) need not check that it has one. Two
 * members are the module's own rather than derived (README: what the platform lacks): the empty
 * draft starts with the current UICC edition and without a MOC participant row, and the export
 * blanks the grids' tumour-2 cells unless multifocal.
 */
export const standardModule: ModuleDeclaration<StandardDraft> & { followUp: RegistrationFormDeclaration<StandardFollowUp> } = {
  ...declared,
  allowsFollowUp: true,
  followUp,
  emptyDraft: () => ({ tnmEdition: CURRENT_TNM_EDITION, treatments: [{}] }),
  exportColumns: gatedExportColumns(declared.exportColumns),
};

export { standardDraftSchema, standardFollowUpSchema, type StandardDraft, type StandardFollowUp } from "./schema";
