/**
 * Questions asked of the insurer table (insurers.ts), kept out of the data file so that file
 * stays plain data anyone can update.
 */

import { insurers, type InsurerRow } from "./insurers";

/** Rows valid on a day (ISO `yyyy-mm-dd`): what a select list offers on that day. */
export function insurersValidOn(isoDay: string, rows: readonly InsurerRow[] = insurers): InsurerRow[] {
  // ISO dates compare correctly as strings.
  return rows.filter((row) => row.validFrom <= isoDay && (row.validTo === null || isoDay <= row.validTo));
}

/** The row of a code on a day, or undefined when the code did not exist then. */
export function findInsurer(code: string, isoDay: string, rows: readonly InsurerRow[] = insurers): InsurerRow | undefined {
  return insurersValidOn(isoDay, rows).find((row) => row.code === code);
}
