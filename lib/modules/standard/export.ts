import { buildExportColumns, defaultRepeatCounts } from "@/lib/modules/export-columns";
import { t } from "@/lib/modules/translated";
import type { ExportColumn, FormDefinition, RepeatCounts } from "@/lib/modules/types";
import { locales, type Translated } from "@/lib/validation/types";
import { followUpForm, OWN_USE_SECTION_ID, standardForm } from "./fields";

/**
 * Export columns: every field by id in form order, code lists as the registry's codes. The
 * registry's exports leave out the fields for the hospital's own use (§5.5); the hospital's own
 * exports include them, marked by their "X" ids (README: the platform has no such split yet).
 */

const withoutOwnUse = (form: FormDefinition): FormDefinition => ({ sections: form.sections.filter((section) => section.id !== OWN_USE_SECTION_ID) });
const registryForm = withoutOwnUse(standardForm);

export function standardExportColumns(counts: RepeatCounts = defaultRepeatCounts(registryForm)): ExportColumn[] {
  return buildExportColumns(registryForm, counts);
}

export function followUpExportColumns(counts: RepeatCounts = defaultRepeatCounts(followUpForm)): ExportColumn[] {
  return buildExportColumns(followUpForm, counts);
}

const OWN_USE_MARK = t(" (eigen gebruik, niet verzonden)", " (usage propre, non envoyé)", " (own use, not sent)", " (eigener Gebrauch, nicht gesendet)");
const ownUseFieldIds = new Set(
  standardForm.sections.filter((section) => section.id === OWN_USE_SECTION_ID).flatMap((section) => section.fields.flatMap((field) => [field.id, ...(field.kind === "group" ? field.fields.map((inner) => inner.id) : [])])),
);

/** For the hospital's own exports: the registry's columns, then the own-use fields, marked as never sent. */
export function hospitalExportColumns(counts: RepeatCounts = defaultRepeatCounts(standardForm)): ExportColumn[] {
  return buildExportColumns(standardForm, counts).map((column) => {
    if (!ownUseFieldIds.has(column.fieldId)) return column;
    const label = Object.fromEntries(locales.map((locale) => [locale, `${column.label[locale]}${OWN_USE_MARK[locale]}`])) as Translated;
    return { ...column, label };
  });
}
