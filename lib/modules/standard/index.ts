import { createValidator } from "@/lib/modules/run-rules";
import { isRecord } from "@/lib/modules/paths";
import { t } from "@/lib/modules/translated";
import type { ModuleDeclaration, RegistrationFormDeclaration } from "@/lib/modules/types";
import { CURRENT_TNM_EDITION } from "./codes";
import { standardDemo } from "./demo";
import { followUpExportColumns, measureStandardRepeats, standardExportColumns } from "./export";
import { followUpForm, standardForm } from "./fields";
import { standardMessages } from "./messages";
import { followUpRules, standardFormatRule, standardRules } from "./rules";
import { standardDraftSchema, standardFollowUpSchema, type StandardDraft, type StandardFollowUp } from "./schema";

/**
 * The standard cancer registration (Annex 55, standard-form.md): the new diagnosis with its
 * breast supplement and MOC, and the follow-up (vervolg 3). Not registered yet (README).
 * Server side: its rules read the ICD-O-3 files.
 */

const emptyTreatment = () => ({});

/** The follow-up's first content: site, histology and incidence date of the sent original (F1–F3). */
export function followUpFrom(originalFormData: unknown): StandardFollowUp {
  const parsed = standardDraftSchema.safeParse(originalFormData);
  const original = parsed.success ? parsed.data : {};
  return {
    topography: original.topography,
    morphology: original.morphology,
    incidenceDate: original.incidenceDate,
    treatmentPlan: [emptyTreatment()],
  };
}

const followUp: RegistrationFormDeclaration<StandardFollowUp> = {
  draftSchema: standardFollowUpSchema,
  emptyDraft: () => ({ treatmentPlan: [emptyTreatment()] }),
  form: followUpForm,
  rules: followUpRules,
  validate: createValidator(standardFollowUpSchema, followUpRules, standardFormatRule, followUpForm),
  exportColumns: followUpExportColumns,
};

/** Typed with its follow-up form, so callers (and tests) need not check that it has one. */
export const standardModule: ModuleDeclaration<StandardDraft> & { followUp: RegistrationFormDeclaration<StandardFollowUp> } = {
  id: "standard",
  name: t("Standaard kankerregistratie", "Enregistrement standard du cancer", "Standard cancer registration", "Standard-Krebsregistrierung"),
  referencePrefix: "STD",
  kind: "standard",
  allowsFollowUp: true,
  followUp,
  requiredProfiles: ["SPECIALIST", "COORDINATOR", "ADMINISTRATIVE"],
  draftSchema: standardDraftSchema,
  emptyDraft: () => ({ tnmEdition: CURRENT_TNM_EDITION, treatments: [emptyTreatment()] }),
  form: standardForm,
  rules: standardRules,
  validate: createValidator(standardDraftSchema, standardRules, standardFormatRule, standardForm),
  messages: standardMessages,
  exportColumns: standardExportColumns,
  measureRepeats: measureStandardRepeats,
  isWarningConfirmed: (data) => isRecord(data) && data.warningConfirmation === true,
  demo: standardDemo,
  prepareCorrection: (data, originalReference) => {
    const parsed = standardDraftSchema.safeParse(data);
    const content = parsed.success ? parsed.data : {};
    // A correction is a new registration: its warnings must be confirmed again.
    return { ...content, correctionOf: originalReference, warningConfirmation: undefined };
  },
};

export { standardDraftSchema, standardFollowUpSchema, type StandardDraft, type StandardFollowUp } from "./schema";
