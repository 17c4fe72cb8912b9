/**
 * The field type "file": documents attached to the registration (the MOC reports). The draft
 * stores only references { id, name, size }; the bytes live in RegistrationAttachment, encrypted
 * at rest, and are added, downloaded and removed by the use cases of lib/attachments. Summary,
 * read-only view and PDF show the file names (never the content); the export cell lists them.
 * The control is components/registration/controls/file-field.tsx.
 */
import { z } from "zod";
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

export const fileReferenceSchema = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1).max(MAX_FILE_NAME),
  size: z.int().min(1),
});

/** At most the field's number of files, each once; an empty list is stored as absent. */
export function fileListSchema(field: InputField) {
  const { maxFiles, maxBytes } = limitsOf(field);
  return z
    .array(fileReferenceSchema.extend({ size: z.int().min(1).max(maxBytes) }))
    .max(maxFiles)
    .refine((list) => new Set(list.map((file) => file.id)).size === list.length, { error: "Each file may be attached once." })
    .nullable()
    .transform((list) => (list && list.length > 0 ? list : undefined))
    .optional();
}

/** The references of a stored value (anything else: none). */
export function fileReferences(value: unknown): FileReference[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is FileReference => fileReferenceSchema.safeParse(item).success);
}

/** The registry's definition of the type (lib/modules/field-types/index.ts). */
export const fileType: FieldTypeDefinition<FileReference[]> = {
  schema: fileListSchema,
  // No fast path: file lists are few and short, the schema decides (never true for less than it accepts).
  isStored: () => false,
  checkFormat: () => null,
  display: (_field, value) => {
    const names = fileReferences(value).map((file) => file.name);
    return names.length === 0 ? undefined : names.join(", ");
  },
  exportCell: (_field, value) => fileReferences(value).map((file) => file.name).join(MULTI_SEPARATOR),
  exportFormat: () => `names of the attached files separated by ${MULTI_SEPARATOR} (the files themselves are not exported)`,
};
