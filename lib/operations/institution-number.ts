/**
 * The RIZIV/INAMI (NIHII) number of an institution: 8 digits, the first 6 a number (7… for a
 * hospital) and the last 2 its check: 97 − (first six mod 97). Dots, dashes and spaces are
 * accepted as typed on paper ("7-10004-36") and removed.
 */
export type InstitutionNumberResult = { ok: true; nihii: string } | { ok: false; problem: string };

export function parseInstitutionNumber(input: string): InstitutionNumberResult {
  const digits = input.replace(/[\s.\-/]/g, "");
  if (!/^\d+$/.test(digits)) return { ok: false, problem: `"${input}" is not a RIZIV/INAMI number: digits only (dots, dashes and spaces allowed)` };
  if (digits.length !== 8) return { ok: false, problem: `"${input}" is not a RIZIV/INAMI institution number: it must have 8 digits, not ${digits.length}` };
  const base = Number(digits.slice(0, 6));
  const check = Number(digits.slice(6));
  const expected = 97 - (base % 97);
  if (check !== expected) return { ok: false, problem: `"${input}" is not a RIZIV/INAMI institution number: its check digits should be ${String(expected).padStart(2, "0")}` };
  return { ok: true, nihii: digits };
}
