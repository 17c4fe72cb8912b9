import { draftSchemaOf, type DraftOf } from "@/lib/modules/field-types";
import { srtFormDeclaration } from "./fields";

/**
 * The SRT form's content (srt-form.md) as a draft, derived from its fields (fields/): every
 * value may be missing, so a registration can be saved at any moment (F-REG-1); completeness
 * and plausibility are the rules' job (rules/). Dates are ISO yyyy-mm-dd strings, decimals
 * numbers; D6 and D9 are computed (dose.ts), never stored.
 */
export const srtDraftSchema = draftSchemaOf(srtFormDeclaration);

/** Stored draft content (after parsing). */
export type SrtDraft = DraftOf<typeof srtFormDeclaration>;
export type SrtPlan = NonNullable<SrtDraft["plans"]>[number];
export type SrtLesion = NonNullable<SrtPlan["lesions"]>[number];
