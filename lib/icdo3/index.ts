/**
 * ICD-O-3 dictionaries and IARC checks. Server and tests only: this entry point reads data/icdo3
 * with node:fs. Browser code imports the file-free parts directly: ./search-entries (search over
 * the picker list) and ./paired-sites.
 */
export type { CodeEntry } from "./parse";
export { getIcdo3Tables, ICDO3_DATA_DIR, type Icdo3Tables } from "./tables";
export { behaviourOf, histologyOf, isMorphology, isTopography, topographyDigits, topographySite } from "./codes";
export { searchMorphology, searchTopography } from "./search";
export { foldText, searchEntries, type SearchEntry } from "./search-entries";
export { getPickerList, type PickerKind } from "./picker";
export { checkTopographyMorphology, type SiteCheck } from "./site-check";
export { isPairedSite, PAIRED_TOPOGRAPHIES } from "./paired-sites";
