/**
 * The INSZ check number: 97 − (N mod 97), where N is the first nine digits for people born before
 * 2000 and "2" followed by those nine digits for people born in 2000 or later (the "2" is how the
 * register told the centuries apart once the two-digit years started repeating).
 *
 * Kept apart from the parser because the demo population generator needs it too, to build valid
 * numbers.
 */

export type InszCentury = 1900 | 2000;

/**
 * Two-digit check number for nine digits read in the given century. A remainder of 0 gives 97,
 * never 00: the formula already yields 97 then, and "00" is therefore never a valid check.
 */
export function inszCheckDigits(firstNineDigits: string, century: InszCentury): string {
  if (!/^\d{9}$/.test(firstNineDigits)) {
    throw new Error(`inszCheckDigits expects 9 digits, got "${firstNineDigits}"`);
  }
  // 2 followed by nine digits is at most 2 999 999 999: exact as a JS number.
  const basis = Number(century === 2000 ? `2${firstNineDigits}` : firstNineDigits);
  return String(97 - (basis % 97)).padStart(2, "0");
}
