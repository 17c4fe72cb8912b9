import { defineModule } from "@/lib/modules/define-module";
import { t } from "@/lib/modules/translated";
import type { ModuleDeclaration, RegistrationFormDeclaration } from "@/lib/modules/types";
import { CURRENT_TNM_EDITION, IARC_BASIS } from "./codes";
import type { FactDeclaration } from "@/lib/modules/facts";
import { standardDemo } from "./demo";
import { followUpExportColumns, standardExportColumns } from "./export";
import { followUpFormDeclaration, standardFormDeclaration } from "./fields";
import { standardMessages } from "./messages";
import { followUpRules, standardFormatRule, standardRules } from "./rules";
import { standardDraftSchema, type StandardDraft, type StandardFollowUp } from "./schema";

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
  markerNames: { path: "otherMarkerName" },
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
  followUp: { form: followUpFormDeclaration, rules: followUpRules, formatRule: standardFormatRule, facts: followUpFacts },
  messages: standardMessages,
  demo: standardDemo,
});

const followUp: RegistrationFormDeclaration<StandardFollowUp> = {
  ...declared.followUp!,
  // The MOC participants' first row is not offered before a MOC reason is ticked.
  emptyDraft: () => ({ treatmentPlan: [{}] }),
  exportColumns: followUpExportColumns,
};

/**
 * Typed with its follow-up form, so callers (and tests) need not check that it has one. Three
 * members are the module's own rather than derived (README: what the platform lacks): the empty
 * draft starts with the current UICC edition and without a MOC participant row, and the registry's
 * exports leave out the §5.5 fields for the hospital's own use.
 */
export const standardModule: ModuleDeclaration<StandardDraft> & { followUp: RegistrationFormDeclaration<StandardFollowUp> } = {
  ...declared,
  allowsFollowUp: true,
  followUp,
  emptyDraft: () => ({ tnmEdition: CURRENT_TNM_EDITION, treatments: [{}] }),
  exportColumns: standardExportColumns,
};

export { standardDraftSchema, standardFollowUpSchema, type StandardDraft, type StandardFollowUp } from "./schema";
