import { buildExportColumns, defaultRepeatCounts } from "@/lib/modules/export-columns";
import { isRecord } from "@/lib/modules/paths";
import { t } from "@/lib/modules/translated";
import type { ExportColumn, FormDefinition, RepeatCounts } from "@/lib/modules/types";
import { locales, type Translated } from "@/lib/validation/types";
import { followUpForm, OWN_USE_SECTION_ID, standardForm } from "./fields";
import { genesGrid, receptorsGrid } from "./fields/breast";

/**
 * Export columns: every field by id in form order, code lists as the registry's codes. The
 * registry's exports leave out the fields for the hospital's own use (§5.5); the hospital's own
 * exports include them, marked by their "X" ids (README: the platform has no such split yet).
 */

const withoutOwnUse = (form: FormDefinition): FormDefinition => ({ sections: form.sections.filter((section) => section.id !== OWN_USE_SECTION_ID) });
const registryForm = withoutOwnUse(standardForm);

/** The tumour-2 cells of the marker grids, hidden unless multifocal (B2ab, B2ei). */
const TUMOUR_2_CELLS = new Set([`${receptorsGrid.id}T2`, `${genesGrid.id}T2`]);

/**
 * Exports do not yet honour a grid column's own visibleWhen (README): a tumour-2 result left in
 * the data after "multifocal" was unticked is hidden on the form, so it is not exported either.
 */
function withTumour2Gate(columns: ExportColumn[]): ExportColumn[] {
  return columns.map((column) =>
    TUMOUR_2_CELLS.has(column.fieldId) ? { ...column, get: (data) => (isRecord(data) && data.multifocal === true ? column.get(data) : "") } : column,
  );
}

export function standardExportColumns(counts: RepeatCounts = defaultRepeatCounts(registryForm)): ExportColumn[] {
  return withTumour2Gate(buildExportColumns(registryForm, counts));
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
  return withTumour2Gate(buildExportColumns(standardForm, counts)).map((column) => {
    if (!ownUseFieldIds.has(column.fieldId)) return column;
    const label = Object.fromEntries(locales.map((locale) => [locale, `${column.label[locale]}${OWN_USE_MARK[locale]}`])) as Translated;
    return { ...column, label };
  });
}
