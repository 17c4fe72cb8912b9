/**
 * The stored schemas' fast path (./schemas.ts), one check per field type in a map typed so that a
 * new type does not compile without one: true only for a non-blank value its schema accepts and
 * returns unchanged (a value as saving stores it). A check may say false for more (the schema then
 * decides), never true for less: tests/unit/modules/stored-values.test.ts checks each against its
 * schema. The draft parse (lib/modules/draft-parser.ts) uses them for every value of every
 * validation and save; zod-free, like the type files.
 */
import type { FieldType, InputField } from "@/lib/modules/types";
import { isPersonValue } from "./person";
import { rowColumns } from "./grid";
import { isStoredFileList } from "./file";
import { HOSPITAL_CODE_MAX_LENGTH } from "./hospital-code";
import { MAX_CODE_LENGTH } from "./icdo3";
import { DEFAULT_MAX_LENGTH } from "./text";
import { hasAtMostDecimals, isCalendarDate, isYearOrCalendarDate } from "./values";

type StoredCheck = (field: InputField, value: unknown) => boolean;

/** A trimmed, non-empty text of at most `maxLength` characters. */
export function isStoredText(value: unknown, maxLength: number): value is string {
  return typeof value === "string" && value !== "" && value.length <= maxLength && value === value.trim();
}

const optionSets = new WeakMap<InputField, ReadonlySet<string>>();

function optionSet(field: InputField): ReadonlySet<string> {
  let set = optionSets.get(field);
  if (!set) optionSets.set(field, (set = new Set((field.options ?? []).map((option) => option.value))));
  return set;
}

/** One of the field's option values. */
export function isStoredOption(field: InputField, value: unknown): value is string {
  return typeof value === "string" && optionSet(field).has(value);
}

/** Distinct option values (an empty list is stored as such). */
export function isStoredOptions(field: InputField, value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  const options = optionSet(field);
  if (value.length > options.size) return false;
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    if (typeof item !== "string" || !options.has(item) || value.indexOf(item) !== index) return false;
  }
  return true;
}

/** A finite number within what the field's stored schema allows (numberSchema). */
export function isStoredNumber(field: InputField, value: unknown, integer: boolean): value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  if (integer && !Number.isSafeInteger(value)) return false;
  if (field.storedBounds && field.min !== undefined && value < field.min) return false;
  if (field.storedBounds && field.max !== undefined && value > field.max) return false;
  return integer || field.decimals === undefined || hasAtMostDecimals(value, field.decimals);
}

/** A plain object as JSON gives it: not an array, a Date, a class instance or a null-prototype object. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype;
}

/** Exactly the three parts, as the person reader gives them back (trimmed names, 11 digits with valid check digits). */
function isStoredPerson(value: unknown): boolean {
  return isPlainRecord(value) && Object.keys(value).length === 3 && isPersonValue(value);
}

/** Known rows of known columns (no null rows: the schema turns them into absent), each cell stored. */
function isStoredGrid(grid: InputField, value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  for (const rowKey in value) {
    const row = (grid.rows ?? []).find((candidate) => candidate.key === rowKey);
    const cells = value[rowKey];
    if (!row) return false;
    if (cells === undefined) continue;
    if (!isPlainRecord(cells)) return false;
    const columns = rowColumns(grid, row);
    for (const columnKey in cells) {
      const column = columns.find((candidate) => candidate.key === columnKey);
      const cell = cells[columnKey];
      if (!column || (cell !== undefined && !isStoredFieldValue(column, cell))) return false;
    }
  }
  return true;
}

const isStoredTextField: StoredCheck = (field, value) => isStoredText(value, field.maxLength ?? DEFAULT_MAX_LENGTH);

export const storedValueChecks: { readonly [T in FieldType]: StoredCheck } = {
  text: isStoredTextField,
  textarea: isStoredTextField,
  date: (_field, value) => typeof value === "string" && isCalendarDate(value),
  partialDate: (_field, value) => typeof value === "string" && isYearOrCalendarDate(value),
  year: (field, value) => isStoredNumber(field, value, true),
  integer: (field, value) => isStoredNumber(field, value, true),
  decimal: (field, value) => isStoredNumber(field, value, false),
  select: isStoredOption,
  multiselect: isStoredOptions,
  checkbox: (_field, value) => typeof value === "boolean",
  topography: (_field, value) => isStoredText(value, MAX_CODE_LENGTH) && value === value.toUpperCase(),
  morphology: (_field, value) => isStoredText(value, MAX_CODE_LENGTH),
  // Nothing is stored: a value in a draft is not the form's (the schema drops it).
  computed: () => false,
  grid: isStoredGrid,
  code: isStoredOption,
  person: (_field, value) => isStoredPerson(value),
  hospitalCode: (_field, value) => isStoredText(value, HOSPITAL_CODE_MAX_LENGTH),
  file: isStoredFileList,
};

/** Whether a value is one the field's schema returns unchanged (the draft parse's fast path). */
export function isStoredFieldValue(field: InputField, value: unknown): boolean {
  return storedValueChecks[field.type](field, value);
}
