import { buildExportColumns, defaultRepeatCounts, measureRepeats } from "@/lib/modules/export-columns";
import type { ExportColumn, RepeatCounts } from "@/lib/modules/types";
import { srtForm } from "./fields";

/**
 * SRT export columns: every field by id in form order (computed D6 and D9 included), plans and
 * lesions flattened as plan1_C1_startDate, plan1_lesion1_D4_totalDoseGy. Without measured
 * counts, 3 plans of 5 lesions are exported (the groups' exportItems).
 */
export function srtExportColumns(counts: RepeatCounts = defaultRepeatCounts(srtForm)): ExportColumn[] {
  return buildExportColumns(srtForm, counts);
}

export function measureSrtRepeats(data: unknown, into?: RepeatCounts): RepeatCounts {
  return measureRepeats(srtForm, data, into);
}
