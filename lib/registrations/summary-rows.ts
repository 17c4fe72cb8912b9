/**
 * The whole registration as label/value rows for the summary page (F-REG-2), built from the
 * declaration declaration like the PDF and the exports: sections in form order, repeat items as
 * sub-headings, computed fields evaluated, options by their translated label.
 */
import { fileReferences, type FileReference } from "@/lib/modules/field-types/file";
import { getAtPath } from "@/lib/modules/paths";
import { getModule } from "@/lib/modules/registry";
import { walkVisibleFields } from "@/lib/modules/walk";
import { formatFieldValue } from "@/lib/pdf/format-values";
import { pdfTexts } from "@/lib/pdf/pdf-texts";
import type { Locale } from "@/lib/validation/types";
import type { RegistrationView } from "./registration-view";
import { shownForm } from "./shown-form";

export type SummaryRow =
  | { kind: "heading"; label: string; depth: number }
  /** `editable`: typed by the user (a computed field changes with the fields it is computed from). */
  | { kind: "field"; fieldId: string; label: string; value: string; path: string; depth: number; editable: boolean; files?: FileReference[] };

export interface SummarySection {
  id: string;
  title: string;
  rows: SummaryRow[];
}

export function buildSummary(registration: Pick<RegistrationView, "moduleId" | "formData" | "kind" | "audience" | "hospitalLists">, locale: Locale): SummarySection[] {
  const declaration = getModule(registration.moduleId);
  if (!declaration) return [];
  const texts = pdfTexts[locale];
  const sections: SummarySection[] = [];
  for (const section of shownForm(declaration, registration).sections) {
    const rows: SummaryRow[] = [];
    let currentTrail = "";
    for (const { field, path, scope, items } of walkVisibleFields({ sections: [section] }, registration.formData)) {
      const depth = items.length;
      if (field.kind === "group") continue;
      // Each repeat item gets a heading where its fields begin ("Plan 2 › Lesion 1").
      const trail = items.map(({ group, index }) => group.itemLabel[locale].replace("{n}", String(index + 1))).join(" › ");
      if (trail && trail !== currentTrail) rows.push({ kind: "heading", label: trail, depth: depth - 1 });
      currentTrail = trail;
      rows.push({
        kind: "field",
        fieldId: field.id,
        label: field.label[locale],
        value: formatFieldValue(field, getAtPath(registration.formData, path), scope, locale, texts, registration.hospitalLists),
        path,
        depth,
        editable: field.type !== "computed",
        // A file field's names become download links on the summary.
        ...(field.type === "file" ? { files: fileReferences(getAtPath(registration.formData, path)) } : {}),
      });
    }
    if (rows.length > 0) sections.push({ id: section.id, title: section.title[locale], rows });
  }
  return sections;
}
