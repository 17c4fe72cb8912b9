/**
 * The field type "file": documents attached to the registration (the MOC reports). The draft
 * stores only references { id, name, size }; the bytes live in RegistrationAttachment, encrypted
 * at rest, and are added, downloaded and removed by the use cases of lib/attachments. Summary,
 * read-only view and PDF show the file names (never the content); the export cell lists them.
 * Zod-free, as every type file (the browser loads it); the stored schema is in ./schemas.ts.
 * The control is components/registration/controls/file-field.tsx.
 */
import { limitsOf } from "@/lib/attachments/file-kinds";
import type { InputField } from "@/lib/modules/types";
import type { FieldTypeDefinition } from "./types";
import { MULTI_SEPARATOR } from "./values";

/** What the form data keeps of one attached file. */
export interface FileReference {
  id: string;
  name: string;
  size: number;
}

/** A file name as stored and offered for download: no path, no control characters, at most 200 characters. */
export const MAX_FILE_NAME = 200;

// As zod's z.uuid() (RFC 9562: version 1–8, variant 10xx), so the stored check never accepts what the schema refuses.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** One reference as the schema stores it (the id a UUID, the name trimmed, the size whole bytes); `maxBytes` the field's limit. */
export function isFileReference(value: unknown, maxBytes = Number.MAX_SAFE_INTEGER): value is FileReference {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { id, name, size } = value as Record<string, unknown>;
  return (
    typeof id === "string" &&
    UUID.test(id) &&
    typeof name === "string" &&
    name !== "" &&
    name.length <= MAX_FILE_NAME &&
    name === name.trim() &&
    typeof size === "number" &&
    Number.isSafeInteger(size) &&
    size >= 1 &&
    size <= maxBytes
  );
}

/** The references of a stored value (anything else: none). */
export function fileReferences(value: unknown): FileReference[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is FileReference => isFileReference(item));
}

/** A list as saving stores it: 1 to maxFiles references of at most maxBytes, each once, nothing else in them. */
export function isStoredFileList(field: InputField, value: unknown): boolean {
  const { maxFiles, maxBytes } = limitsOf(field);
  if (!Array.isArray(value) || value.length === 0 || value.length > maxFiles) return false;
  const ids = new Set<string>();
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    if (!isFileReference(item, maxBytes) || Object.getPrototypeOf(item) !== Object.prototype || Object.keys(item).length !== 3 || ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}

/** The registry's definition of the type (./registry.ts). */
export const fileType: FieldTypeDefinition = {
  checkFormat: () => null,
  display: (_field, value) => {
    const names = fileReferences(value).map((file) => file.name);
    return names.length === 0 ? undefined : names.join(", ");
  },
  exportCell: (_field, value) => fileReferences(value).map((file) => file.name).join(MULTI_SEPARATOR),
  exportFormat: () => `names of the attached files separated by ${MULTI_SEPARATOR} (the files themselves are not exported)`,
};
