/**
 * Writing rows as CSV (RFC 4180) or TXT (tab-separated), safely for spreadsheets.
 *
 * - Both start with a UTF-8 byte order mark, so Excel reads accents correctly, and end lines
 *   with CRLF (RFC 4180; what Excel writes too).
 * - CSV: a field is quoted when it contains a comma, a quote, CR or LF; quotes are doubled.
 * - TXT: there is no quoting in tab-separated text, so tabs and line breaks inside a value
 *   become spaces.
 * - Formula injection (OWASP "CSV injection"): a cell starting with =, +, -, @, tab or CR gets
 *   a leading apostrophe, so a spreadsheet shows it as text instead of running it. Plain
 *   numbers ("-2", "+3.5") are left alone: they cannot hold a formula, and an apostrophe would
 *   turn them into text.
 */

export type DelimitedFormat = "csv" | "txt";

export const BYTE_ORDER_MARK = "\uFEFF";
export const LINE_END = "\r\n";

export const contentTypes: Record<DelimitedFormat, string> = {
  csv: "text/csv; charset=utf-8",
  txt: "text/tab-separated-values; charset=utf-8",
};

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const TXT_BREAKS = /[\t\r\n]/g;

/** = + - @ tab CR: what a spreadsheet may read as the start of a formula. */
function startsLikeFormula(value: string): boolean {
  const first = value.charCodeAt(0);
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
}

/** The cell as a spreadsheet must receive it: formulas neutralised. */
export function neutraliseFormula(value: string): string {
  return startsLikeFormula(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

// The checks below run for every cell of an export: a loop over char codes allocates nothing,
// where a regular expression test allocates its match on every call.
const QUOTE = 34;
const COMMA = 44;
const TAB = 9;
const LF = 10;
const CR = 13;

function containsAny(value: string, a: number, b: number, c: number): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code === a || code === b || code === c || code === CR) return true;
  }
  return false;
}

function csvField(value: string): string {
  return containsAny(value, QUOTE, COMMA, LF) ? `"${value.replaceAll('"', '""')}"` : value;
}

function txtField(value: string): string {
  return containsAny(value, TAB, LF, LF) ? value.replace(TXT_BREAKS, " ") : value;
}

// Reused by formatLine (synchronous, so never shared): an export writes millions of cells, and
// building each line in one join keeps the garbage per row to the line itself.
const scratch: string[] = [];

/** One line (with its line end) of `format`. */
export function formatLine(cells: readonly string[], format: DelimitedFormat): string {
  const csv = format === "csv";
  scratch.length = cells.length;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index]!;
    if (cell === "") {
      scratch[index] = "";
      continue;
    }
    const safe = neutraliseFormula(cell);
    scratch[index] = csv ? csvField(safe) : txtField(safe);
  }
  return scratch.join(csv ? "," : "\t") + LINE_END;
}
