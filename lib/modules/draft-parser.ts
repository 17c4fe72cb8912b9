/**
 * The draft parse that every save, check and validation runs. The form's zod draft schema is the
 * definition; a draft whose every value is already as saving stores it (the usual case: content
 * read back from the database, or sent again by the form) is recognised without running it, by
 * the field types' `isStored`. Anything else — an empty input to store as absent, an unknown key,
 * a value of the wrong shape — goes to the schema, which gives the result or the issues.
 */
import type { z } from "zod";
import { fieldSchema, isStoredFieldValue } from "./field-types";
import { isPlainRecord } from "./field-types/stored-values";
import type { FormDefinition, FormField } from "./types";

type StoredCheck = (value: unknown) => boolean;

/** True for an object whose keys are all declared and whose values are stored values (or undefined). */
function storedObjectCheck(fields: readonly FormField[]): StoredCheck {
  const checks = new Map<string, StoredCheck>();
  for (const field of fields) {
    if (field.kind === "group") {
      const item = storedObjectCheck(field.fields);
      const maxItems = field.maxItems;
      checks.set(field.key, (value) => {
        if (!Array.isArray(value) || value.length > maxItems) return false;
        // A loop, not every(): every() skips the holes of a sparse array, the schema does not.
        for (let index = 0; index < value.length; index += 1) if (!item(value[index])) return false;
        return true;
      });
    } else if (fieldSchema(field)) {
      checks.set(field.key, (value) => isStoredFieldValue(field, value));
    }
  }
  return (value) => {
    if (!isPlainRecord(value)) return false;
    for (const key in value) {
      const check = checks.get(key);
      if (!check) return false;
      const item = value[key];
      if (item !== undefined && !check(item)) return false;
    }
    return true;
  };
}

export type DraftParse<TDraft> = (data: unknown) => z.ZodSafeParseResult<TDraft>;

export function draftParserOf<TDraft>(form: FormDefinition, schema: z.ZodType<TDraft>): DraftParse<TDraft> {
  const isStoredDraft = storedObjectCheck(form.sections.flatMap((section) => section.fields));
  return (data) => (isStoredDraft(data) ? { success: true, data: data as TDraft } : schema.safeParse(data));
}
