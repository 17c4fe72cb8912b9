import type { FormDefinition } from "@/lib/modules/types";
import { MOC_REASONS } from "../codes";
import { breastSection } from "./breast";
import { diagnosisSection } from "./diagnosis";
import { mocParticipantsSection, mocReasonSection } from "./moc";
import { commentsSection, ownUseSection } from "./own-use";
import { treatmentsSection } from "./treatments";

/** The new-diagnosis form (Annex 55 items 1–11, vervolg 1 and 2): plain data, safe for client components. */
export const standardForm: FormDefinition = {
  sections: [diagnosisSection, treatmentsSection, breastSection, mocReasonSection("M", MOC_REASONS.options), mocParticipantsSection("MP"), ownUseSection, commentsSection],
};

export { followUpForm } from "./follow-up";
export { OWN_USE_SECTION_ID } from "./own-use";
