/**
 * RIZIV/INAMI number of a care provider (NIHII): 11 digits, "1-23456-78-901" —
 *  - digits 1–6: the person (the first digit is the profession, 1 = physician);
 *  - digits 7–8: check digits of the first six;
 *  - digits 9–11: the qualification (specialty), which changes over a career.
 *
 * Check digits, as published by the RIZIV/INAMI ("Wat is een check-digit?", page for software
 * vendors; note I 2012/26): 97 − (first six digits mod 97). Because that range was running out,
 * numbers are also issued with 89 − (first six digits mod 89) — since 2013 for nurses and
 * midwives, since 1 April 2019 for physicians. So both are valid, and the first eight digits
 * (not six) identify a provider. The `stdnum` package (1.12) has Belgian INSZ, BIS, NN and VAT
 * numbers but no RIZIV/INAMI number, hence these few lines.
 */

/** Separators people type or paste: spaces, dots, hyphens, slashes and Unicode dashes. */
const SEPARATORS = /[\s./\-\u2010-\u2015\u2212]/g;

export type RizivFailureReason =
  /** Characters other than digits and separators. */
  | "format"
  /** Not 11 digits once separators are removed. */
  | "length"
  /** The check digits match neither the modulo-97 nor the modulo-89 rule. */
  | "checksum";

export type RizivParseResult = { ok: true; riziv: string } | { ok: false; reason: RizivFailureReason };

/** The two check-digit rules in force: the original modulo 97 and the newer modulo 89. */
export function rizivCheckDigits(firstSix: number): { mod97: number; mod89: number } {
  return { mod97: 97 - (firstSix % 97), mod89: 89 - (firstSix % 89) };
}

/** Whether 11 digits carry valid check digits (either rule). */
export function hasValidRizivCheckDigits(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const check = Number(digits.slice(6, 8));
  const { mod97, mod89 } = rizivCheckDigits(Number(digits.slice(0, 6)));
  return check === mod97 || check === mod89;
}

/** Reads a typed RIZIV/INAMI number: separators removed, 11 digits, valid check digits. */
export function parseRiziv(input: string): RizivParseResult {
  const compact = input.replace(SEPARATORS, "");
  if (!/^\d*$/.test(compact)) return { ok: false, reason: "format" };
  if (compact.length !== 11) return { ok: false, reason: "length" };
  if (!hasValidRizivCheckDigits(compact)) return { ok: false, reason: "checksum" };
  return { ok: true, riziv: compact };
}

/** "1-23456-78-901", the writing of the RIZIV/INAMI; anything else is returned as given. */
export function formatRiziv(riziv: string): string {
  if (!/^\d{11}$/.test(riziv)) return riziv;
  return `${riziv.slice(0, 1)}-${riziv.slice(1, 6)}-${riziv.slice(6, 8)}-${riziv.slice(8)}`;
}

/** The digits of a partly typed number, for prefix search ("1-234" → "1234"); null when not a number. */
export function rizivPrefix(input: string): string | null {
  const compact = input.replace(SEPARATORS, "");
  return /^\d+$/.test(compact) ? compact.slice(0, 11) : null;
}
