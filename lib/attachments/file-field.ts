import { formOf, getModule } from "@/lib/modules/registry";
import type { FileLimits, FormDefinition, InputField, RegistrationKind } from "@/lib/modules/types";
import { findField } from "@/lib/modules/walk";
import { limitsOf } from "./file-kinds";
import { fileReferences, type FileReference } from "@/lib/modules/field-types/file";

/** A data path of a file field as the browser sends it: keys and item numbers only. */
export const FILE_FIELD_PATH = /^[A-Za-z][A-Za-z0-9_]*(\.(\d{1,3}|[A-Za-z][A-Za-z0-9_]*))*$/;

/** The file field at `fieldPath` of the registration's form, with its limits; undefined when there is none. */
export function fileFieldOf(moduleId: string, kind: RegistrationKind, fieldPath: string): { field: InputField; limits: FileLimits } | undefined {
  const declaration = getModule(moduleId);
  if (!declaration || !FILE_FIELD_PATH.test(fieldPath)) return undefined;
  const found = findField(formOf(declaration, kind).form, fieldPath);
  if (!found || found.field.kind !== "field" || found.field.type !== "file") return undefined;
  return { field: found.field, limits: limitsOf(found.field) };
}

/** Every file reference in a form's data, wherever its file fields are (top level or in group items). */
export function referencedFiles(form: FormDefinition, data: unknown): FileReference[] {
  const found: FileReference[] = [];
  const visit = (fields: FormDefinition["sections"][number]["fields"], scope: unknown) => {
    if (typeof scope !== "object" || scope === null) return;
    const values = scope as Record<string, unknown>;
    for (const field of fields) {
      if (field.kind === "group") {
        const items = values[field.key];
        if (Array.isArray(items)) for (const item of items) visit(field.fields, item);
      } else if (field.type === "file") found.push(...fileReferences(values[field.key]));
    }
  };
  for (const section of form.sections) visit(section.fields, data);
  return found;
}

/** Whether a form has a file field at all (most have none: nothing to look up). */
export function hasFileFields(form: FormDefinition): boolean {
  const any = (fields: FormDefinition["sections"][number]["fields"]): boolean =>
    fields.some((field) => (field.kind === "group" ? any(field.fields) : field.type === "file"));
  return form.sections.some((section) => any(section.fields));
}
