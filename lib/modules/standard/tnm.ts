/**
 * UICC TNM categories as typed without their c/p/yp prefix (item 8). Only the general syntax of
 * the UICC rules (A55-E120); per-site tables need the UICC's licensed lists (README).
 */

// A suffix in brackets: (m), (sn), (i+), (mol+), (DCIS)…
const SUFFIX = String.raw`(\((?:m|\d+|sn|i\+|i-|mol\+|mol-|DCIS|LCIS|Paget|f)\))*`;
const SYNTAX = {
  T: new RegExp(`^T(X|0|is|a|[1-4](mi|[a-d])?)${SUFFIX}$`),
  N: new RegExp(`^N(X|0|[1-3](mi|[a-c])?)${SUFFIX}$`),
  M: new RegExp(`^M(X|0|1[a-d]?)${SUFFIX}$`),
} as const;

export type TnmLetter = keyof typeof SYNTAX;

export function isTnmSyntax(letter: TnmLetter, value: string): boolean {
  return SYNTAX[letter].test(value);
}

/** The category without its bracketed suffix: "N0(i+)" → "N0". */
export function tnmCategory(value: string): string {
  return value.replace(/\(.*$/, "");
}

/** "T1c" → 1, "Tis" → undefined: the number of a T, N or M category. */
export function tnmNumber(value: string): number | undefined {
  const match = /^[TNM](\d)/.exec(value);
  return match ? Number(match[1]) : undefined;
}

/**
 * Breast (C50) categories of the 8th edition, for A55-W121 (categories not defined for the site).
 * Pathological N also has N1mi and the a–c subdivisions.
 */
export const BREAST_CATEGORIES: Readonly<Record<TnmLetter, readonly string[]>> = {
  T: ["TX", "T0", "Tis", "T1", "T1mi", "T1a", "T1b", "T1c", "T2", "T3", "T4", "T4a", "T4b", "T4c", "T4d"],
  N: ["NX", "N0", "N1", "N1mi", "N1a", "N1b", "N1c", "N2", "N2a", "N2b", "N3", "N3a", "N3b", "N3c"],
  M: ["M0", "M1", "MX"],
};
