/**
 * The field type "person": a physician chosen from the hospital's person list named by the
 * field's `list` (e.g. the MOC participants), or typed once and added to it. The registration
 * stores a copy { lastName, firstName, riziv }, never a reference to the list entry, so correcting
 * or removing the entry later changes nothing registered. Here: format check, display text, export
 * cell, data-dictionary format; the stored schema is in ./schemas.ts (ZPerson).
 * The control is components/registration/controls/person-field.tsx.
 */
import { readPerson, type Person } from "@/lib/person-lists/person";
import { formatRiziv } from "@/lib/person-lists/riziv";
import type { FieldTypeDefinition } from "./types";

export type PersonValue = Person;

/** A value as the form stores it: what reading it gives, unchanged (trimmed names, 11 digits). */
export function isPersonValue(value: unknown): value is PersonValue {
  const read = readPerson(value);
  if (!read.ok) return false;
  const typed = value as PersonValue;
  return read.person.riziv === typed.riziv && read.person.lastName === typed.lastName && read.person.firstName === typed.firstName;
}

/** Why a value is not a person, as a key of the "personLists" catalogue's `errors`; null when it is one. */
export function personFormatProblem(value: unknown): string | null {
  const read = readPerson(value);
  return read.ok ? null : (Object.values(read.errors)[0]?.[0] ?? "errors.invalidValue");
}

/** "An Claes (1-23456-25-580)": summary, read-only view and PDF. */
export function personDisplayText(value: unknown): string {
  if (!isPersonValue(value)) return "";
  return `${value.firstName} ${value.lastName} (${formatRiziv(value.riziv)})`;
}

/** Column separator inside one export cell, as multi-selects use. */
const PART_SEPARATOR = "|";

/** "12345625580|Claes|An": number first (what the registry matches on), then last and first name. */
export function personExportCell(value: unknown): string {
  if (!isPersonValue(value)) return "";
  return [value.riziv, value.lastName, value.firstName].join(PART_SEPARATOR);
}

/** How the export writes the value, for the data dictionary. */
export const personDictionaryFormat = "RIZIV/INAMI number (11 digits)|last name|first name";

/** The registry's definition of the type (lib/modules/field-types/index.ts). */
export const personType: FieldTypeDefinition = {
  checkFormat: (_field, value) => (personFormatProblem(value) === null ? null : { key: "person" }),
  display: (_field, value) => personDisplayText(value) || undefined,
  exportCell: (_field, value) => personExportCell(value),
  exportFormat: () => personDictionaryFormat,
};
