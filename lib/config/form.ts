/** Seconds between automatic saves of a draft being edited (WBCR_AUTOSAVE_SECONDS; 0 = off). */
export function autosaveSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.WBCR_AUTOSAVE_SECONDS ?? 30);
  return Number.isInteger(value) && value >= 0 ? value : 30;
}
