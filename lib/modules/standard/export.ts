import { isRecord } from "@/lib/modules/paths";
import type { ExportAudience, ExportColumn, RegistrationFormDeclaration, RepeatCounts } from "@/lib/modules/types";
import { genesGrid, receptorsGrid } from "./fields/breast";

/**
 * Export columns: derived from the form (every field by id in form order, code lists as the
 * registry's codes; the §5.5 section is `neverSent`: only in the hospital's own exports, marked).
 * What is still the module's own: the gate on the grids' tumour-2 cells below.
 */

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

/** The new diagnosis's columns: the derived ones, with the tumour-2 gate. */
export function gatedExportColumns(derived: RegistrationFormDeclaration["exportColumns"]) {
  return (counts?: RepeatCounts, audience?: ExportAudience): ExportColumn[] => withTumour2Gate(derived(counts, audience));
}
