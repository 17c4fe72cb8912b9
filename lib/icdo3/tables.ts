import { readFileSync } from "node:fs";
import path from "node:path";
import {
  parseFamilyNames,
  parseLookupKeys,
  parseMorphFamilies,
  parseMorphology,
  parseTopography,
  type CodeEntry,
} from "./parse";

/**
 * The ICD-O-3 tables, read from data/icdo3 on first use and kept for the life of the process.
 * Server and tests only (node:fs); the browser gets the picker lists from picker.ts instead.
 */
export interface Icdo3Tables {
  topography: readonly CodeEntry[];
  morphology: readonly CodeEntry[];
  topographyCodes: ReadonlySet<string>;
  morphologyCodes: ReadonlySet<string>;
  /** 4-digit morphology → family field ("***", "+07", "-01"). */
  morphFamilies: ReadonlyMap<string, string>;
  /** Line N (index N − 1) names "must" family N; line 63 + N names "must not" family N. */
  familyNames: readonly string[];
  must: ReadonlySet<string>;
  mustNot: ReadonlySet<string>;
}

// process.cwd() is the project root for `next start`, `next dev` and vitest alike.
export const ICDO3_DATA_DIR = path.join(process.cwd(), "data", "icdo3");

let cached: Icdo3Tables | undefined;

function read(file: string): string {
  return readFileSync(path.join(ICDO3_DATA_DIR, file), "utf8");
}

export function getIcdo3Tables(): Icdo3Tables {
  if (cached) return cached;
  const topography = parseTopography(read("topography.tsv"));
  const morphology = parseMorphology(read("morphology5.tsv"));
  cached = {
    topography,
    morphology,
    topographyCodes: new Set(topography.map((entry) => entry.code)),
    morphologyCodes: new Set(morphology.map((entry) => entry.code)),
    morphFamilies: parseMorphFamilies(read("MorphFam.txt")),
    familyNames: parseFamilyNames(read("MorphFamDict.txt")),
    must: parseLookupKeys(read("Must.txt")),
    mustNot: parseLookupKeys(read("MustNot.txt")),
  };
  return cached;
}
