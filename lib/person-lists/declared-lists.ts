/**
 * The person lists the registered modules declare: every `list` key of their person fields
 * (initial and follow-up forms), with the title the module gives it. A list no module declares
 * does not exist for searching or adding; one with entries left from an earlier declaration can
 * still be corrected and emptied (list-person-lists.ts).
 */
import { allModules } from "@/lib/modules/registry";
import type { AnyModuleDeclaration, FormField, InputField } from "@/lib/modules/types";
import type { Translated } from "@/lib/validation/types";

export interface DeclaredPersonList {
  key: string;
  title: Translated;
}

function* personFields(fields: readonly FormField[]): Generator<InputField> {
  for (const field of fields) {
    if (field.kind === "group") yield* personFields(field.fields);
    else if (field.type === "person" && field.list) yield field;
  }
}

function listsOf(module: AnyModuleDeclaration): DeclaredPersonList[] {
  const forms = [module.form, ...(module.followUp ? [module.followUp.form] : [])];
  return forms.flatMap((form) =>
    form.sections.flatMap((section) =>
      [...personFields(section.fields)].map((field) => ({
        key: field.list!,
        // The module names the list; without a title the first field using it does.
        title: module.personLists?.[field.list!]?.title ?? field.label,
      })),
    ),
  );
}

/** Every declared list once, in module and form order. */
export function declaredPersonLists(modules: readonly AnyModuleDeclaration[] = allModules()): DeclaredPersonList[] {
  const byKey = new Map<string, DeclaredPersonList>();
  for (const list of modules.flatMap(listsOf)) if (!byKey.has(list.key)) byKey.set(list.key, list);
  return [...byKey.values()];
}

export function declaredPersonList(key: string): DeclaredPersonList | undefined {
  return declaredPersonLists().find((list) => list.key === key);
}
