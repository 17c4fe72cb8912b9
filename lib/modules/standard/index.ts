import { defineModule } from "@/lib/modules/define-module";
import { t } from "@/lib/modules/translated";
import type { ModuleDeclaration, RegistrationFormDeclaration } from "@/lib/modules/types";
import { IARC_BASIS } from "./codes";
import type { FactDeclaration } from "@/lib/modules/facts";
import { standardDemo } from "./demo";
import { followUpFormDeclaration, standardFormDeclaration } from "./fields";
import { MOC_PARTICIPANTS_LIST } from "./fields/moc";
import { standardMessages } from "./messages";
import { followUpPrintouts, newDiagnosisPrintouts } from "./printouts";
import { followUpRules, standardFormatRule, standardRules } from "./rules";
import { standardDraftSchema, type StandardDraft, type StandardFollowUp } from "./schema";
import { SEND_WINDOW } from "./send-window";

/**
 * The standard cancer registration (Annex 55, standard-form.md): the new diagnosis with its
 * breast supplement and MOC, and the follow-up (vervolg 3).
 * Server side: its rules read the ICD-O-3 files.
 */

/**
 * What a follow-up takes from the sent original (F1–F3): site, histology and incidence date, laid
 * over the follow-up's empty draft by the platform (lib/modules/follow-up-start.ts). Nothing from
 * content that is not a new diagnosis.
 */
export function followUpPrefill(originalFormData: unknown): Partial<StandardFollowUp> {
  const parsed = standardDraftSchema.safeParse(originalFormData);
  if (!parsed.success) return {};
  const { topography, morphology, incidenceDate } = parsed.data;
  return { topography, morphology, incidenceDate };
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
  followUp: { form: followUpFormDeclaration, rules: followUpRules, formatRule: standardFormatRule, facts: followUpFacts, prefill: followUpPrefill, printouts: followUpPrintouts },
  printouts: newDiagnosisPrintouts,
  messages: standardMessages,
  demo: standardDemo,
  personLists: { [MOC_PARTICIPANTS_LIST]: { title: t("MOC-deelnemers", "Participants à la COM", "MOC participants", "MOK-Teilnehmer") } },
  // Search by MOC date [M §5.8] (offered first); downloads also by incidence date [M §5.11].
  searchDates: ["mocDate", "incidenceDate"],
  // The registry expects a new diagnosis 4 to 6 months after its incidence date [F Opmerkingen].
  sendWindow: SEND_WINDOW,
});

/** Typed with its follow-up form, so callers (and tests) need not check that it has one. */
export const standardModule: ModuleDeclaration<StandardDraft> & { followUp: RegistrationFormDeclaration<StandardFollowUp> } = {
  ...declared,
  allowsFollowUp: true,
  followUp: declared.followUp!,
};

export { standardDraftSchema, standardFollowUpSchema, type StandardDraft, type StandardFollowUp } from "./schema";
