import { evaluateCondition, type Scope } from "./conditions";
import type { FormDefinition, FormField, RepeatableGroup } from "./types";

/**
 * What a new registration, or a new item of a group, starts with: the fields' default values and
 * each group's minimum number of items (a plan comes with its first lesion). Only where the empty
 * form shows it: nothing inside a section or field hidden at that point (no MOC participant row
 * before a MOC reason is ticked), so a form never starts with content it does not show.
 */

type Content = Record<string, unknown>;

/** Every default and minimum item, visibility ignored: what the conditions read while deciding what is shown. */
function everything(fields: readonly FormField[]): Content {
  const content: Content = {};
  for (const field of fields) {
    if (field.kind === "group") {
      if (field.minItems > 0) content[field.key] = Array.from({ length: field.minItems }, () => everything(field.fields));
    } else if (field.defaultValue !== undefined) {
      content[field.key] = field.defaultValue;
    }
  }
  return content;
}

function shown(fields: readonly FormField[], scope: Scope): Content {
  const content: Content = {};
  for (const field of fields) {
    if (field.visibleWhen && !evaluateCondition(field.visibleWhen, scope)) continue;
    if (field.kind === "group") {
      if (field.minItems === 0) continue;
      const candidates = (scope.item as Content | undefined)?.[field.key];
      const items = Array.isArray(candidates) ? candidates : [];
      content[field.key] = items.map((item) => shown(field.fields, { root: scope.root, item }));
    } else if (field.defaultValue !== undefined) {
      content[field.key] = field.defaultValue;
    }
  }
  return content;
}

/** A new registration's content. */
export function emptyDraftOf(form: FormDefinition): Content {
  const sections = form.sections;
  const candidate = everything(sections.flatMap((section) => section.fields));
  const root: Scope = { root: candidate, item: candidate };
  const content: Content = {};
  for (const section of sections) {
    if (section.visibleWhen && !evaluateCondition(section.visibleWhen, root)) continue;
    Object.assign(content, shown(section.fields, root));
  }
  return content;
}

/** A new item of `group`, added to the form whose current values are `root`. */
export function emptyItemOf(group: RepeatableGroup, root: unknown = {}): Content {
  const candidate = everything(group.fields);
  return shown(group.fields, { root, item: candidate });
}
