import type { CodeEntry } from "./parse";
import { getIcdo3Tables } from "./tables";

export type PickerKind = "topography" | "morphology";

/**
 * The compact list a browser picker searches with searchEntries (search-entries.ts): code and
 * label (plus the group label for topography, so "stomach" finds C16.0 "Cardia, NOS").
 * Plain objects only, so a server component can pass it as a prop or a route can return it as JSON.
 */
export function getPickerList(kind: PickerKind): CodeEntry[] {
  const tables = getIcdo3Tables();
  const entries = kind === "topography" ? tables.topography : tables.morphology;
  return entries.map((entry) => ({ ...entry }));
}
