/**
 * RIZIV/INAMI numbers of physicians: 11 digits, written "1-23456-78-901" or without separators.
 * The first 6 digits identify the person and digits 7–8 are check digits: 97 − (first 6 mod 97)
 * (standard-form.md M2, a reading marked (?) — see the README); the last 3 give the qualification.
 */

const DIGITS = /^\d{11}$/;

/** The digits of a number as typed (spaces, dots, dashes and slashes removed), or undefined. */
export function rizivDigits(value: string): string | undefined {
  const digits = value.replace(/[\s./-]/g, "");
  return DIGITS.test(digits) ? digits : undefined;
}

export function rizivCheckDigits(firstSix: string): string {
  return String(97 - (Number(firstSix) % 97)).padStart(2, "0");
}

export function isValidRiziv(value: string): boolean {
  const digits = rizivDigits(value);
  return digits !== undefined && digits.slice(6, 8) === rizivCheckDigits(digits.slice(0, 6));
}

/** "1-23456-78-901", the way the registry prints them. */
export function formatRiziv(value: string): string {
  const digits = rizivDigits(value);
  return digits ? `${digits[0]}-${digits.slice(1, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}` : value;
}
