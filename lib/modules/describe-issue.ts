import { formatMessage, type Locale, type ValidationIssue } from "@/lib/validation/types";
import type { FormDefinition, MessageCatalogue } from "./types";
import { findField } from "./walk";

/**
 * "Plan 2 › Lesion 1 › Number of fractions (D5)", or undefined for a path outside the form.
 * Messages leave the item code out (`withCode` false): it is for support staff, who see it
 * beside the field and in the PDF, not in every sentence.
 */
export function fieldLabel(form: FormDefinition, path: string, locale: Locale, withCode = true): string | undefined {
  const found = findField(form, path);
  if (!found) return undefined;
  const trail = found.items.map(({ group, index }) => group.itemLabel[locale].replace("{n}", String(index + 1)));
  const label = found.field.label[locale];
  return [...trail, withCode ? `${label} (${found.field.id})` : label].join(" › ");
}

/** The issue's message in the user's language, {field} naming the field with its plan/lesion. */
export function describeIssue(
  module: { form: FormDefinition; messages: MessageCatalogue },
  issue: ValidationIssue,
  locale: Locale,
): string {
  const template = module.messages[issue.messageKey]?.[locale] ?? issue.messageKey;
  const field = fieldLabel(module.form, issue.path, locale, false) ?? issue.params?.field ?? issue.path;
  return formatMessage(template, { ...issue.params, field });
}
