import type { FormDefinition } from "@/lib/modules/types";
import { commentsSection } from "./comments";
import { plansSection } from "./plans";
import { seriesSection } from "./series";
import { tumourSection } from "./tumour";

/** The SRT form's metadata: plain data, safe to pass to client components. */
export const srtForm: FormDefinition = {
  sections: [seriesSection, tumourSection, plansSection, commentsSection],
};
