/**
 * The field type "person": a physician chosen from the hospital's person list named by the
 * field's `list` (e.g. the MOC participants), or typed once and added to it. The registration
 * stores a copy { lastName, firstName, riziv }, never a reference to the list entry, so correcting
 * or removing the entry later changes nothing registered. Everything the platform needs about
 * the type is here: value schema, format check, display text, export cell, data-dictionary format.
 * The control is components/registration/controls/person-field.tsx.
 */
import { optionalValue } from "@/lib/modules/draft-values";
import { formatRiziv, hasValidRizivCheckDigits } from "@/lib/person-lists/riziv";
import { isStoredName, ZPerson, type TPerson } from "@/lib/person-lists/schemas";
import { isPlainRecord } from "./stored-values";
import type { FieldTypeDefinition } from "./types";

export type PersonValue = TPerson;

/** A stored value: both names and a RIZIV/INAMI number with valid check digits (11 digits). */
export const personValueSchema = ZPerson;

/** What the schema returns unchanged: exactly the three parts, trimmed names, 11 digits with valid check digits. */
function isStoredPerson(value: unknown): value is PersonValue {
  if (!isPlainRecord(value) || Object.keys(value).length !== 3) return false;
  return isStoredName(value.lastName) && isStoredName(value.firstName) && typeof value.riziv === "string" && hasValidRizivCheckDigits(value.riziv);
}

/** A value as the form stores it: what the schema reads it as, unchanged (trimmed names, 11 digits). */
export function isPersonValue(value: unknown): value is PersonValue {
  // Exports, the summary and the PDF ask for every person of every row: the usual answer without zod.
  if (isStoredPerson(value)) return true;
  const parsed = personValueSchema.safeParse(value);
  if (!parsed.success) return false;
  const typed = value as PersonValue;
  return parsed.data.riziv === typed.riziv && parsed.data.lastName === typed.lastName && parsed.data.firstName === typed.firstName;
}

/** Why a value is not a person, as a key of the "personLists" catalogue's `errors`; null when it is one. */
export function personFormatProblem(value: unknown): string | null {
  const parsed = personValueSchema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "errors.invalidValue");
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
export const personType: FieldTypeDefinition<PersonValue> = {
  schema: () => optionalValue(personValueSchema),
  isStored: (_field, value) => isStoredPerson(value),
  checkFormat: (_field, value) => (personFormatProblem(value) === null ? null : { key: "person" }),
  display: (_field, value) => personDisplayText(value) || undefined,
  exportCell: (_field, value) => personExportCell(value),
  exportFormat: () => personDictionaryFormat,
};
