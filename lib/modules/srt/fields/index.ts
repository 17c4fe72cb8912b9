import type { FormDefinition } from "@/lib/modules/types";
import { commentsSection } from "./comments";
import { plansSection } from "./plans";
import { seriesSection } from "./series";
import { tumourSection } from "./tumour";

/** The SRT form as declared, its literal types kept: the draft type is derived from it (../schema.ts). */
export const srtFormDeclaration = {
  sections: [seriesSection, tumourSection, plansSection, commentsSection],
} satisfies FormDefinition;

/** The SRT form's metadata: plain data, safe to pass to client components. */
export const srtForm: FormDefinition = srtFormDeclaration;
