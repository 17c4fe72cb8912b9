/**
 * The data dictionary of a module's export (product spec, "Exports"): one line per column, in
 * export order, with its labels in every language, its type, its allowed values and how values
 * are written. Repeatable groups are listed with their exportItems; an export of
 * registrations with more items adds further numbered columns in the same pattern.
 * No patient data: only the declaration is read.
 */
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import type { ExportAudience } from "@/lib/modules/types";
import { exportColumnsOf, type RecordColumn } from "./columns";
import { BYTE_ORDER_MARK, contentTypes, formatLine, type DelimitedFormat } from "./delimited-text";

export const dataDictionaryHeader = ["id", "label_nl", "label_fr", "label_en", "label_de", "type", "allowedValues", "format"] as const;

function dictionaryLine(column: RecordColumn, locale: Locale): string[] {
  const allowed = (column.allowedValues ?? []).map((option) => `${option.value}=${option.label[locale]}`).join("|");
  return [column.id, column.label.nl, column.label.fr, column.label.en, column.label.de, column.type, allowed, column.format ?? ""];
}

/** The dictionary as CSV text (allowed values `code=label` in `locale`, joined by |), or null for an unknown module. */
export function dataDictionary(
  moduleId: string,
  locale: Locale,
  format: DelimitedFormat = "csv",
  audience: ExportAudience = "registry",
): { fileName: string; contentType: string; text: string } | null {
  const declaration = getModule(moduleId);
  if (!declaration) return null;
  let text = BYTE_ORDER_MARK + formatLine(dataDictionaryHeader, format);
  for (const column of exportColumnsOf(declaration, undefined, audience)) text += formatLine(dictionaryLine(column, locale), format);
  const suffix = audience === "hospital" ? "-hospital" : "";
  return { fileName: `wbcr-${declaration.id}${suffix}-data-dictionary.${format}`, contentType: contentTypes[format], text };
}

/** Whether the module has fields for the hospital's own use, so that a hospital export differs from the registry's. */
export function hasNeverSentFields(moduleId: string): boolean {
  const declaration = getModule(moduleId);
  if (!declaration) return false;
  const count = (audience: ExportAudience) => exportColumnsOf(declaration, undefined, audience).length;
  return count("hospital") > count("registry");
}
