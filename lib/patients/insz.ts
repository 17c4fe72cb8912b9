/**
 * INSZ / NISS: the Belgian social security identification number, either a national register
 * number or a BIS number. Rules: ../shared/spec/patient-identification.md.
 *
 * Why hand-written and not the `stdnum` package (be.insz / be.nn / be.bis, v1.12.0), which the
 * spec prefers "if it passes the examples": it does not. Checked against every spec example:
 *  - it rejects 69030000114 (March 1969, day unknown): it only knows unknown dates with month 00;
 *  - it accepts 85073006100: it tests (N + CC) mod 97 = 0, so "00" passes where the check is 97;
 *  - it decides the 2000s reading against the machine clock (Date.now), so "not after the current
 *    year" cannot be pinned in tests;
 *  - it answers valid/invalid only: no birth date, no sex, no national/BIS distinction, which the
 *    patient page needs to compare typed values with the number.
 * What we would still take from it (separator cleaning, the mod-97 formula) is a few lines, so
 * wrapping it would add a second set of rules to reason about for no gain. The unit tests keep a
 * canary on those differences so a future stdnum release can be reconsidered.
 */

import { inszCheckDigits, type InszCentury } from "./insz-check-digits";
import { daysInMonth, type PartialDate } from "./partial-date";

export type InszKind = "national" | "bis";
export type InszSex = "M" | "F";

/** Why a typed value is not an INSZ, from the most to the least basic problem. */
export type InszFailureReason =
  /** Characters other than digits and separators (letters, commas...). */
  | "format"
  /** Not 11 digits once separators are removed. */
  | "length"
  /** The first six digits cannot be a (possibly partial) birth date under any reading. */
  | "date"
  /** The date part is possible but the check number matches no allowed reading. */
  | "checksum";

export type InszParseResult =
  | {
      ok: true;
      /** The 11 digits, without separators. */
      insz: string;
      kind: InszKind;
      /** Empty when the birth date is unknown (numbers starting 000001). */
      birthDate: PartialDate;
      /** Null when the number does not encode it (BIS number issued with month + 20). */
      sex: InszSex | null;
    }
  | { ok: false; reason: InszFailureReason };

export interface InszParseOptions {
  /**
   * The 2000s reading (20YY) is only tried when 20YY is not after this year; injectable so tests
   * do not depend on the clock. Defaults to the current year.
   */
  currentYear?: number;
}

/**
 * Separators people type or paste: spaces (incl. non-breaking), dots, hyphens and the Unicode
 * dashes word processors substitute for them.
 */
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;

/**
 * Strips separators. Returns null when anything but digits remains, so "85O73003328" (letter O)
 * is refused instead of silently becoming another number.
 */
export function normaliseInsz(input: string): string | null {
  const digits = input.replace(SEPARATORS, "");
  return /^\d*$/.test(digits) ? digits : null;
}

/** How the month digits are shifted for the kind of number. */
interface MonthCoding {
  kind: InszKind;
  offset: 0 | 20 | 40;
  /** BIS numbers issued with +20 did not know the sex; the sequence number then means nothing. */
  sexKnown: boolean;
}

function monthCoding(codedMonth: number): MonthCoding | null {
  if (codedMonth <= 12) return { kind: "national", offset: 0, sexKnown: true };
  if (codedMonth >= 20 && codedMonth <= 32) return { kind: "bis", offset: 20, sexKnown: false };
  if (codedMonth >= 40 && codedMonth <= 52) return { kind: "bis", offset: 40, sexKnown: true };
  return null;
}

/**
 * The birth date the six digits stand for in one century, or null when impossible there (e.g.
 * 29 February in a non-leap year). `yy`, `month` (already un-shifted) and `day` as numbers.
 */
function birthDateIn(century: InszCentury, yy: number, month: number, day: number): PartialDate | null {
  // "000001" (or BIS 002001 / 004001): the birth date is entirely unknown, not 1 Jan 1900/2000.
  if (yy === 0 && month === 0 && day === 1) return {};
  const year = century + yy;
  // Month unknown. The day digits are then not a day (the register may use them as a counter);
  // we accept them like stdnum does, as long as they could be a day number.
  if (month === 0) return day <= 31 ? { year } : null;
  if (day === 0) return { year, month };
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/**
 * Reads an INSZ/NISS or BIS number as typed by a user. Never throws: every string gives either
 * the number's meaning or a reason.
 */
export function parseInsz(input: string, options: InszParseOptions = {}): InszParseResult {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const digits = normaliseInsz(input);
  if (digits === null) return { ok: false, reason: "format" };
  if (digits.length !== 11) return { ok: false, reason: "length" };

  const yy = Number(digits.slice(0, 2));
  const codedMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const sequence = Number(digits.slice(6, 9));
  const firstNine = digits.slice(0, 9);
  const check = digits.slice(9, 11);

  const coding = monthCoding(codedMonth);
  if (coding === null) return { ok: false, reason: "date" };
  const month = codedMonth - coding.offset;

  // 19YY first; 20YY only when it is not after the current year (spec), so a number of someone
  // born in 1917 is never read as 2017 unless its check digits say so.
  const centuries: InszCentury[] = currentYear >= 2000 + yy ? [1900, 2000] : [1900];
  let someDatePossible = false;
  for (const century of centuries) {
    const birthDate = birthDateIn(century, yy, month, day);
    if (birthDate === null) continue;
    someDatePossible = true;
    if (inszCheckDigits(firstNine, century) !== check) continue;
    const sex: InszSex | null = coding.sexKnown ? (sequence % 2 === 1 ? "M" : "F") : null;
    return { ok: true, insz: digits, kind: coding.kind, birthDate, sex };
  }
  return { ok: false, reason: someDatePossible ? "checksum" : "date" };
}

/** Convenience for places that only need yes/no. */
export function isValidInsz(input: string, options: InszParseOptions = {}): boolean {
  return parseInsz(input, options).ok;
}

/**
 * Display form `YY.MM.DD-SSS.CC`, the way the number is printed on eID cards and in the WBCR
 * manual. Accepts the number with or without separators; anything that is not 11 digits is
 * returned unchanged so a half-typed value is never mangled.
 */
export function formatInsz(insz: string): string {
  const digits = normaliseInsz(insz);
  if (digits === null || digits.length !== 11) return insz;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}
