/**
 * Parsers for the IARC CanReg5 files in data/icdo3 (format described in data/icdo3/README.md).
 * Pure functions of the file text, so tests can feed them small samples.
 */

/** One selectable code: topography "C34.1" or morphology "8140/3". */
export interface CodeEntry {
  code: string;
  label: string;
  /** Topography only: the 2-digit site group label, e.g. "BRONCHUS AND LUNG". */
  group?: string;
}

/** Lines without blanks and without the CRLF endings some of the files use. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function splitTab(line: string): [string, string] {
  const tab = line.indexOf("\t");
  return tab < 0 ? [line, ""] : [line.slice(0, tab).trim(), line.slice(tab + 1).trim()];
}

/** "00\tLIP" is a site group, "000\tExternal upper lip" the code C00.0 within it. */
export function parseTopography(text: string): CodeEntry[] {
  const groups = new Map<string, string>();
  const entries: CodeEntry[] = [];
  for (const line of lines(text)) {
    const [key, label] = splitTab(line);
    if (/^\d{2}$/.test(key)) groups.set(key, label);
    if (!/^\d{3}$/.test(key)) continue;
    const group = groups.get(key.slice(0, 2));
    entries.push({ code: `C${key.slice(0, 2)}.${key[2]}`, label, ...(group ? { group } : {}) });
  }
  return entries;
}

/** "81403\tAdenocarcinoma, NOS" is 8140/3; the "Column 1" header line is skipped. */
export function parseMorphology(text: string): CodeEntry[] {
  const entries: CodeEntry[] = [];
  for (const line of lines(text)) {
    const [key, label] = splitTab(line);
    if (!/^\d{5}$/.test(key)) continue;
    entries.push({ code: `${key.slice(0, 4)}/${key[4]}`, label });
  }
  return entries;
}

/** "8170+07" → "8170" ↦ "+07"; text after "/" is a comment. */
export function parseMorphFamilies(text: string): Map<string, string> {
  const families = new Map<string, string>();
  for (const line of lines(text)) {
    const content = line.split("/")[0]?.trim() ?? "";
    if (content.length < 7) continue;
    families.set(content.slice(0, 4), content.slice(4, 7));
  }
  return families;
}

/** One family name per line; blank lines would shift the numbering, so only the ends are trimmed. */
export function parseFamilyNames(text: string): string[] {
  return text.replace(/\r/g, "").replace(/\n+$/, "").split("\n").map((name) => name.trim());
}

/** Must.txt / MustNot.txt: one 6-character key per line ("07C22*", "11C398"). */
export function parseLookupKeys(text: string): Set<string> {
  return new Set(lines(text).map((line) => line.slice(0, 6)));
}

/** One line of synonyms.tsv: the codes it applies to, and its search words. */
export interface SynonymLine {
  /**
   * Topography site "C34" or code "C34.1"; morphology histology range [8140, 8389] (one code:
   * [8140, 8140]) with the behaviour digits it applies to ("2369": in situ and malignant; all when absent).
   */
  key: { topography: string } | { histology: readonly [number, number]; behaviours?: string };
  words: string;
}

/** synonyms.tsv: "C34\tlong poumon lung", "8140-8389/2369\tadenocarcinoom …"; "#" starts a comment line. */
export function parseSynonyms(text: string): SynonymLine[] {
  const result: SynonymLine[] = [];
  for (const line of lines(text)) {
    if (line.startsWith("#")) continue;
    const [key, words] = splitTab(line);
    const range = /^(\d{4})(?:-(\d{4}))?(?:\/(\d+))?$/.exec(key);
    if (range) {
      const from = Number(range[1]);
      const histology = [from, range[2] ? Number(range[2]) : from] as const;
      result.push({ key: range[3] ? { histology, behaviours: range[3] } : { histology }, words });
    } else if (/^C\d{2}(\.\d)?$/.test(key)) {
      result.push({ key: { topography: key }, words });
    }
  }
  return result;
}
