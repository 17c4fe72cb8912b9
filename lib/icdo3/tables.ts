import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  parseFamilyNames,
  parseLookupKeys,
  parseMorphFamilies,
  parseMorphology,
  parseSynonyms,
  parseTopography,
  type CodeEntry,
  type SynonymLine,
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
  /** Search words in several languages (synonyms.tsv), for the pickers. */
  synonyms: readonly SynonymLine[];
}

/**
 * Languages with translated labels (topography.nl.tsv …; morphology5.<lang>.tsv where written);
 * a code without a translation shows the English reference label.
 */
export const LABEL_LANGUAGES = ["nl", "fr", "de"] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** Translated labels of one language, by code: topography "C34.1", morphology "8140/3". */
export interface TranslatedLabels {
  topography: ReadonlyMap<string, string>;
  /** Site group labels by 2-digit site: "34" → "Bronchus en long". */
  topographyGroups: ReadonlyMap<string, string>;
  morphology: ReadonlyMap<string, string>;
}

// process.cwd() is the project root for `next start`, `next dev` and vitest alike.
export const ICDO3_DATA_DIR = path.join(process.cwd(), "data", "icdo3");

let cached: Icdo3Tables | undefined;

function read(file: string): string {
  return readFileSync(path.join(ICDO3_DATA_DIR, file), "utf8");
}

function readIfPresent(file: string): string {
  return existsSync(path.join(ICDO3_DATA_DIR, file)) ? read(file) : "";
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
    synonyms: parseSynonyms(read("synonyms.tsv")),
  };
  return cached;
}

const translated = new Map<LabelLanguage, TranslatedLabels>();

/** The labels of topography.<lang>.tsv and morphology5.<lang>.tsv (same format as the English files). */
export function getTranslatedLabels(language: LabelLanguage): TranslatedLabels {
  const known = translated.get(language);
  if (known) return known;
  const topographyText = read(`topography.${language}.tsv`);
  const groups = new Map<string, string>();
  for (const line of topographyText.split(/\r?\n/)) {
    const [key, label] = line.split("\t");
    if (key && label && /^\d{2}$/.test(key.trim())) groups.set(key.trim(), label.trim());
  }
  const labels: TranslatedLabels = {
    topography: new Map(parseTopography(topographyText).map((entry) => [entry.code, entry.label])),
    topographyGroups: groups,
    morphology: new Map(parseMorphology(readIfPresent(`morphology5.${language}.tsv`)).map((entry) => [entry.code, entry.label])),
  };
  translated.set(language, labels);
  return labels;
}
