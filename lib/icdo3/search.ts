import type { CodeEntry } from "./parse";
import { searchEntries } from "./search-entries";
import { getIcdo3Tables } from "./tables";

/** Server-side search, e.g. for a picker that asks the server instead of loading the list. */
export function searchTopography(query: string, limit = 20): CodeEntry[] {
  return searchEntries(getIcdo3Tables().topography, query, limit);
}

export function searchMorphology(query: string, limit = 20): CodeEntry[] {
  return searchEntries(getIcdo3Tables().morphology, query, limit);
}
