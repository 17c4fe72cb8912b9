/**
 * The field type "hospitalCode": a code of one of the hospital's own lists, named by the field's
 * `list` (lib/modules/hospital-lists.ts; today "campuses": the site numbers of Annex 55 10B.2).
 * The code is stored and exported; people read "code – name". The stored value stays text, so
 * registrations typed before the list existed (free-text campuses) still load, show and export
 * as typed; whether a value is on the hospital's list is checked by the server (LIST-E01), which
 * knows the hospital. The control is components/registration/controls/hospital-code-field.tsx.
 */
import { hospitalEntryText, hospitalListEntry } from "@/lib/modules/hospital-lists";
import type { FieldTypeDefinition } from "./types";
import { plainCell, plainText } from "./values";

/** Codes are short; old free-text values were too. */
export const HOSPITAL_CODE_MAX_LENGTH = 100;
const MAX_LENGTH = HOSPITAL_CODE_MAX_LENGTH;

export const hospitalCodeType: FieldTypeDefinition = {
  checkFormat: (_field, value) => (typeof value === "string" && value.length > MAX_LENGTH ? { key: "tooLong", params: { max: MAX_LENGTH } } : null),
  display: (field, value, { locale, hospitalLists }) => {
    const entry = hospitalListEntry(hospitalLists, field, value);
    return entry ? hospitalEntryText(entry) : plainText(value, locale);
  },
  exportCell: (_field, value) => plainCell(value),
  exportFormat: (field) => `code of the hospital's list "${field.list ?? ""}" (e.g. a campus's site number, digits)`,
};
