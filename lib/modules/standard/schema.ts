import { draftSchemaOf, type DraftOf } from "@/lib/modules/field-types";
import { followUpFormDeclaration, standardFormDeclaration } from "./fields";

/**
 * The content of Annex 55 (standard-form.md) as drafts, derived from the fields (fields/): every
 * value may be missing so a registration can be saved at any moment; the rules judge completeness
 * and plausibility. Dates are ISO yyyy-mm-dd, codes the registry's codes (codes.ts). Unknown keys
 * are dropped (so are the former C2 warning confirmation and C3 corrected reference of old drafts).
 */
export const standardDraftSchema = draftSchemaOf(standardFormDeclaration);
export const standardFollowUpSchema = draftSchemaOf(followUpFormDeclaration);

/** Stored new-diagnosis content. */
export type StandardDraft = DraftOf<typeof standardFormDeclaration>;
export type StandardFollowUp = DraftOf<typeof followUpFormDeclaration>;
export type Treatment = NonNullable<StandardDraft["treatments"]>[number];
export type MocParticipant = NonNullable<StandardDraft["mocParticipants"]>[number];
