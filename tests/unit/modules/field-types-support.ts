import type { FieldType, FormDefinition, FormField } from "@/lib/modules/types";

/** Every field type a form uses, grid columns included. */
export function fieldTypesOf(form: FormDefinition): Set<FieldType> {
  const types = new Set<FieldType>();
  const visit = (fields: readonly FormField[]) => {
    for (const field of fields) {
      if (field.kind === "group") visit(field.fields);
      else {
        types.add(field.type);
        for (const column of field.columns ?? []) types.add(column.type);
      }
    }
  };
  for (const section of form.sections) visit(section.fields);
  return types;
}
