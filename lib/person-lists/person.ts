/**
 * How a typed physician (names and RIZIV/INAMI number) is read: the one definition of the rules,
 * without zod, so the browser can check a person as it is typed (the form's person field) without
 * shipping a schema library. The use cases' zod schemas (./schemas.ts) are built on these readers.
 * Every message is a key of the "personLists" catalogue namespace.
 */
import type { FieldErrors } from "@/lib/validation/field-errors";
import { parseRiziv, type RizivFailureReason } from "./riziv";

/** A physician as a registration stores them: a copy of name and number, not a reference to the list. */
export interface Person {
  lastName: string;
  firstName: string;
  riziv: string;
}

export type PersonPart = keyof Person;

/** A part read: its stored value, or the catalogue keys of what is wrong with it. */
export type PartReading = { ok: true; value: string } | { ok: false; messages: string[] };

const rizivMessages: Record<RizivFailureReason, string> = {
  format: "errors.rizivFormat",
  length: "errors.rizivLength",
  checksum: "errors.rizivChecksum",
};

/** Letters (any script), combining marks, spaces, apostrophes, hyphens and dots; at least one letter. */
const namePattern = /^(?=.*\p{L})[\p{L}\p{M}'’. -]+$/u;
const NAME_MAX_LENGTH = 100;

const requiredKeys: Record<PersonPart, string> = {
  lastName: "errors.lastNameRequired",
  firstName: "errors.firstNameRequired",
  riziv: "errors.rizivRequired",
};

/** A name, trimmed: required, at most 100 characters, letters and the usual marks. */
export function readName(input: unknown, part: "lastName" | "firstName"): PartReading {
  const value = typeof input === "string" ? input.trim() : "";
  if (value === "") return { ok: false, messages: [requiredKeys[part]] };
  const messages: string[] = [];
  if (value.length > NAME_MAX_LENGTH) messages.push("errors.nameTooLong");
  if (!namePattern.test(value)) messages.push("errors.nameInvalid");
  return messages.length === 0 ? { ok: true, value } : { ok: false, messages };
}

/** A RIZIV/INAMI number as typed (separators allowed), stored as its 11 digits. */
export function readRiziv(input: unknown): PartReading {
  const value = typeof input === "string" ? input.trim() : "";
  if (value === "") return { ok: false, messages: [requiredKeys.riziv] };
  const parsed = parseRiziv(value);
  return parsed.ok ? { ok: true, value: parsed.riziv } : { ok: false, messages: [rizivMessages[parsed.reason]] };
}

function readPart(input: unknown, part: PersonPart): PartReading {
  return part === "riziv" ? readRiziv(input) : readName(input, part);
}

const parts: readonly PersonPart[] = ["lastName", "firstName", "riziv"];

/** A person as typed or stored: the stored copy, or what is wrong, by part ("_form" when not an object). */
export function readPerson(input: unknown): { ok: true; person: Person } | { ok: false; errors: FieldErrors } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { ok: false, errors: { _form: ["errors.invalidValue"] } };
  const record = input as Record<string, unknown>;
  const person: Partial<Person> = {};
  const errors: FieldErrors = {};
  for (const part of parts) {
    const reading = readPart(record[part], part);
    if (reading.ok) person[part] = reading.value;
    else errors[part] = reading.messages;
  }
  return Object.keys(errors).length === 0 ? { ok: true, person: person as Person } : { ok: false, errors };
}
