import type { FormDefinition } from "@/lib/modules/types";
import { MOC_REASONS } from "../codes";
import { breastSection, breastSurgerySection } from "./breast";
import { diagnosisSection } from "./diagnosis";
import { followUpFormDeclaration } from "./follow-up";
import { mocParticipantsSection, mocReasonSection } from "./moc";
import { commentsSection, ownUseSection } from "./own-use";
import { reportsSection } from "./reports";
import { treatmentsSection } from "./treatments";

/** The new-diagnosis form as declared (Annex 55 items 1–11, vervolg 1 and 2), its literal types kept: the draft type is derived from it (../schema.ts). */
export const standardFormDeclaration = {
  sections: [diagnosisSection, treatmentsSection, reportsSection, breastSection, breastSurgerySection, mocReasonSection("M", MOC_REASONS.options), mocParticipantsSection("MP"), ownUseSection, commentsSection],
} satisfies FormDefinition;

/** The new-diagnosis form's metadata: plain data, safe for client components. */
export const standardForm: FormDefinition = standardFormDeclaration;
/** The follow-up form's metadata (vervolg 3). */
export const followUpForm: FormDefinition = followUpFormDeclaration;

export { followUpFormDeclaration } from "./follow-up";
export { GENE_ROWS, NODE_ROWS, RECEPTOR_ROWS } from "./breast";
export { OWN_USE_SECTION_ID } from "./own-use";
