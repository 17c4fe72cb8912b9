import { getIcdo3Tables } from "./tables";

/**
 * Code format helpers. Codes are written and stored as in the UI: topography "C34.1",
 * morphology with behaviour "8140/3".
 */
const TOPOGRAPHY_FORMAT = /^C(\d{2})\.(\d)$/;
const MORPHOLOGY_FORMAT = /^(\d{4})\/(\d)$/;

/** "C34.1" → "341" (the CanReg5 key form), undefined when not in the stored format. */
export function topographyDigits(code: string): string | undefined {
  const match = TOPOGRAPHY_FORMAT.exec(code);
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** "C34.1" → 34: the 2-digit site used by range rules (C51–C58 …). */
export function topographySite(code: string): number | undefined {
  const match = TOPOGRAPHY_FORMAT.exec(code);
  return match ? Number(match[1]) : undefined;
}

/** "8140/3" → "3"; undefined when not in the stored format. */
export function behaviourOf(code: string): string | undefined {
  return MORPHOLOGY_FORMAT.exec(code)?.[2];
}

/** "8140/3" → "8140". */
export function histologyOf(code: string): string | undefined {
  return MORPHOLOGY_FORMAT.exec(code)?.[1];
}

export function isTopography(code: string): boolean {
  return TOPOGRAPHY_FORMAT.test(code) && getIcdo3Tables().topographyCodes.has(code);
}

export function isMorphology(code: string): boolean {
  return MORPHOLOGY_FORMAT.test(code) && getIcdo3Tables().morphologyCodes.has(code);
}
