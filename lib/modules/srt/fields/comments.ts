import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { FormSection } from "@/lib/modules/types";
import { MAX_COMMENT_LENGTH } from "../codes";

/**
 * Section E: comments. Warnings are confirmed one by one on the summary (F-REG-4), and the
 * corrected registration's reference is the registration's own correctionOf (F-REG-5): neither
 * is form data (the former E2 and E3, still ignored when found in old drafts).
 */
export const commentsSection = {
  id: "E",
  title: t("Opmerkingen", "Commentaires", "Comments", "Kommentare"),
  fields: [
    input({
      id: "E1",
      key: "comments",
      type: "textarea",
      label: t("Opmerkingen", "Commentaires", "Comments", "Kommentare"),
      maxLength: MAX_COMMENT_LENGTH,
    }),
  ],
} satisfies FormSection;
