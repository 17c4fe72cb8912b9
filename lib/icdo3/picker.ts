import type { Locale } from "@/lib/validation/types";
import type { CodeEntry, SynonymLine } from "./parse";
import type { SearchEntry } from "./search-entries";
import { getIcdo3Tables, getTranslatedLabels, LABEL_LANGUAGES, type LabelLanguage } from "./tables";

export type PickerKind = "topography" | "morphology";

function hasLabels(locale: Locale): locale is LabelLanguage {
  return (LABEL_LANGUAGES as readonly string[]).includes(locale);
}

function synonymsOf(kind: PickerKind, code: string, synonyms: readonly SynonymLine[]): string {
  const words: string[] = [];
  const histology = kind === "morphology" ? Number(code.slice(0, 4)) : NaN;
  for (const { key, words: line } of synonyms) {
    const applies =
      "topography" in key
        ? kind === "topography" && code.startsWith(key.topography)
        : histology >= key.histology[0] && histology <= key.histology[1] && (key.behaviours?.includes(code.slice(5)) ?? true);
    if (applies) words.push(line);
  }
  return words.join(" ");
}

/**
 * The compact list a browser picker searches with searchEntries (search-entries.ts): code and
 * label in the UI language (the English reference where no translation is written), the group
 * label for topography (so "stomach" finds C16.0 "Cardia, NOS"), search synonyms in several
 * languages, and the English label as a lower-ranked reference.
 * Plain objects only, so a server component can pass it as a prop or a route can return it as JSON.
 */
export function getPickerList(kind: PickerKind, locale: Locale = "en"): SearchEntry[] {
  const tables = getIcdo3Tables();
  const entries: readonly CodeEntry[] = kind === "topography" ? tables.topography : tables.morphology;
  const labels = hasLabels(locale) ? getTranslatedLabels(locale) : undefined;
  return entries.map((entry) => {
    const label = (kind === "topography" ? labels?.topography : labels?.morphology)?.get(entry.code);
    const group = kind === "topography" ? (labels?.topographyGroups.get(entry.code.slice(1, 3)) ?? entry.group) : undefined;
    const terms = synonymsOf(kind, entry.code, tables.synonyms);
    const reference = label !== undefined ? [entry.label, entry.group].filter(Boolean).join(" ") : "";
    return {
      code: entry.code,
      label: label ?? entry.label,
      ...(group ? { group } : {}),
      ...(terms ? { terms } : {}),
      ...(reference ? { reference } : {}),
    };
  });
}
