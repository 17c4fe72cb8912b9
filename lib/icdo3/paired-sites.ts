/**
 * ICD-O-3 topographies of paired organs, for which laterality must be coded (B4).
 * Source: the SEER Program Coding and Staging Manual's list of paired organ sites, expanded to
 * the subsites that exist in ICD-O-3. A plain list (no file access) so that form conditions and
 * the browser can use it.
 */
export const PAIRED_TOPOGRAPHIES: readonly string[] = [
  "C07.9", "C08.0", "C08.1", "C09.0", "C09.1", "C09.8", "C09.9",
  "C30.0", "C30.1", "C31.0", "C31.2",
  "C34.0", "C34.1", "C34.2", "C34.3", "C34.8", "C34.9",
  "C38.4",
  "C40.0", "C40.1", "C40.2", "C40.3", "C41.3", "C41.4",
  "C44.1", "C44.2", "C44.3", "C44.5", "C44.6", "C44.7",
  "C47.1", "C47.2", "C49.1", "C49.2",
  "C50.0", "C50.1", "C50.2", "C50.3", "C50.4", "C50.5", "C50.6", "C50.8", "C50.9",
  "C56.9", "C57.0",
  "C62.0", "C62.1", "C62.9", "C63.0", "C63.1",
  "C64.9", "C65.9", "C66.9",
  "C69.0", "C69.1", "C69.2", "C69.3", "C69.4", "C69.5", "C69.6", "C69.8", "C69.9",
  "C70.0", "C71.0", "C71.1", "C71.2", "C71.3", "C71.4",
  "C72.2", "C72.3", "C72.4", "C72.5",
  "C74.0", "C74.1", "C74.9", "C75.4",
];

const PAIRED = new Set(PAIRED_TOPOGRAPHIES);

export function isPairedSite(topography: string): boolean {
  return PAIRED.has(topography);
}
