import { buildExportColumns, defaultRepeatCounts, measureRepeats } from "@/lib/modules/export-columns";
import type { ExportColumn, FormDefinition, RepeatCounts } from "@/lib/modules/types";
import { followUpForm, OWN_USE_SECTION_ID, standardForm } from "./fields";

/**
 * Export columns: every field by id in form order, code lists as the registry's codes. The
 * registry's exports leave out the fields for the hospital's own use (§5.5); the hospital's own
 * exports include them, marked by their "X" ids (README: the platform has no such split yet).
 */

const withoutOwnUse = (form: FormDefinition): FormDefinition => ({ sections: form.sections.filter((section) => section.id !== OWN_USE_SECTION_ID) });
const registryForm = withoutOwnUse(standardForm);
const registryFollowUpForm = withoutOwnUse(followUpForm);

export function standardExportColumns(counts: RepeatCounts = defaultRepeatCounts(registryForm)): ExportColumn[] {
  return buildExportColumns(registryForm, counts);
}

export function followUpExportColumns(counts: RepeatCounts = defaultRepeatCounts(registryFollowUpForm)): ExportColumn[] {
  return buildExportColumns(registryFollowUpForm, counts);
}

/** For the hospital's own exports: the registry's columns and the own-use fields. */
export function hospitalExportColumns(counts: RepeatCounts = defaultRepeatCounts(standardForm)): ExportColumn[] {
  return buildExportColumns(standardForm, counts);
}

export function measureStandardRepeats(data: unknown, into?: RepeatCounts): RepeatCounts {
  return measureRepeats(standardForm, data, into);
}
