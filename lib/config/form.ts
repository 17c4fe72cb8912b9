import { readSettings, type Env } from "./settings";

/** Seconds between automatic saves of a draft being edited (WBCR_AUTOSAVE_SECONDS; 0 = off). */
export function autosaveSeconds(env: Env = process.env): number {
  return readSettings(env).WBCR_AUTOSAVE_SECONDS ?? 30;
}
