import { createValidator } from "@/lib/modules/run-rules";
import { isRecord } from "@/lib/modules/paths";
import { t } from "@/lib/modules/translated";
import type { ModuleDeclaration } from "@/lib/modules/types";
import { srtDemo } from "./demo";
import { srtListSummary } from "./list-summary";
import { measureSrtRepeats, srtExportColumns } from "./export";
import { srtForm } from "./fields";
import { srtMessages } from "./messages";
import { srtFormatRule, srtRules } from "./rules";
import { srtDraftSchema, type SrtDraft } from "./schema";

/**
 * The stereotactic radiotherapy module (srt-form.md): a project module without follow-ups.
 * Server side: its rules read the ICD-O-3 files. Client components import the file-free parts
 * directly: ./fields (srtForm), ./schema, ./dose, ./codes.
 */
export const srtModule: ModuleDeclaration<SrtDraft> = {
  id: "srt",
  name: t("Stereotactische radiotherapie (SRT)", "Radiothérapie stéréotaxique (SRT)", "Stereotactic radiotherapy (SRT)", "Stereotaktische Strahlentherapie (SRT)"),
  referencePrefix: "SRT",
  kind: "project",
  allowsFollowUp: false,
  requiredProfiles: ["SPECIALIST", "COORDINATOR", "ADMINISTRATIVE"],
  draftSchema: srtDraftSchema,
  emptyDraft: () => ({ plans: [{ lesions: [{}] }] }),
  form: srtForm,
  rules: srtRules,
  validate: createValidator(srtDraftSchema, srtRules, srtFormatRule, srtForm),
  messages: srtMessages,
  exportColumns: srtExportColumns,
  measureRepeats: measureSrtRepeats,
  isWarningConfirmed: (data) => isRecord(data) && data.warningConfirmation === true,
  demo: srtDemo,
  prepareCorrection: (data, originalReference) => {
    const parsed = srtDraftSchema.safeParse(data);
    const content = parsed.success ? parsed.data : {};
    // A correction is a new registration: its warnings must be confirmed again.
    return { ...content, correctionOf: originalReference, warningConfirmation: undefined };
  },
  prepareCopy: (data) => {
    const parsed = srtDraftSchema.safeParse(data);
    // A new registration: not a correction of anything, and its warnings are confirmed anew.
    return { ...(parsed.success ? parsed.data : srtModule.emptyDraft()), correctionOf: undefined, warningConfirmation: undefined };
  },
  listSummary: srtListSummary,
};

export { bed10, dosePerFraction } from "./dose";
export { srtDraftSchema, type SrtDraft, type SrtDraftInput, type SrtLesion, type SrtPlan } from "./schema";
