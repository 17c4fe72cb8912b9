import type { CodeEntry } from "./parse";

/** A picker entry: the code with its label in the UI language, plus words that find it. */
export interface SearchEntry extends CodeEntry {
  /** Synonyms in several languages ("long poumon lung"), searched like the label. */
  terms?: string;
  /** The English reference label (when the label is a translation), found with a lower rank. */
  reference?: string;
}

/**
 * Search over code entries by code or label words, case- and accent-insensitive. No file access,
 * so the browser picker can run the same search over the list from picker.ts.
 *
 * Every query token must match: a code-like token ("C34", "34.1", "8140/3") as a prefix of the
 * code, any other token as the start of a word of the label, topography group label or synonyms,
 * or failing those of the English reference label. Results come in tiers, each in code order:
 * exact code, code prefix, whole words of the label ("borst" → "Borst, NNO"), whole words of the
 * synonyms ("long" → C34 in French), word prefixes ("borst" → "borstbeen"), the English reference.
 */
const CODE_TOKEN = /^c?\d[\d./]*$/;
const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

function compactCode(code: string): string {
  return code.toLowerCase().replace(/[c./]/g, "");
}

/** Lower case without accents: "Épidermoïde" and "epidermoide", "œsophage" and "oesophage" match. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss");
}

function wordsOf(text: string | undefined): string[] {
  return text ? foldText(text).split(WORD_SEPARATOR).filter(Boolean) : [];
}

interface Prepared {
  code: string;
  labelWords: ReadonlySet<string>;
  termWords: ReadonlySet<string>;
  /** Label, group and synonym words, for prefix matches. */
  words: readonly string[];
  referenceWords: readonly string[];
}

// Words are split once per entry object; the browser keeps the same list across keystrokes.
const prepared = new WeakMap<SearchEntry, Prepared>();

function prepare(entry: SearchEntry): Prepared {
  let found = prepared.get(entry);
  if (!found) {
    const labelWords = [...wordsOf(entry.label), ...wordsOf(entry.group)];
    const termWords = wordsOf(entry.terms);
    found = {
      code: compactCode(entry.code),
      labelWords: new Set(labelWords),
      termWords: new Set(termWords),
      words: [...new Set([...labelWords, ...termWords])],
      referenceWords: wordsOf(entry.reference),
    };
    prepared.set(entry, found);
  }
  return found;
}

const EXACT_CODE = 0;
const CODE_PREFIX = 1;
const LABEL_WORD = 2;
const SYNONYM_WORD = 3;
const WORD_PREFIX = 4;
const REFERENCE = 5;
const TIERS = 6;

interface Token {
  text: string;
  code: string | undefined;
}

function wordTier(prepared: Prepared, token: string): number | undefined {
  if (prepared.labelWords.has(token)) return LABEL_WORD;
  if (prepared.termWords.has(token)) return SYNONYM_WORD;
  if (prepared.words.some((word) => word.startsWith(token))) return WORD_PREFIX;
  if (prepared.referenceWords.some((word) => word.startsWith(token))) return REFERENCE;
  return undefined;
}

function tier(entry: SearchEntry, tokens: readonly Token[]): number | undefined {
  const found = prepare(entry);
  let byCode = false;
  let exact = false;
  let worst = LABEL_WORD;
  for (const token of tokens) {
    if (token.code !== undefined && found.code.startsWith(token.code)) {
      byCode = true;
      exact ||= found.code === token.code;
      continue;
    }
    const level = wordTier(found, token.text);
    if (level === undefined) return undefined;
    worst = Math.max(worst, level);
  }
  if (exact) return EXACT_CODE;
  return byCode ? CODE_PREFIX : worst;
}

/** Code-like tokens stay whole ("34.1"); others are split like the labels ("niet-kleincellig"). */
function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  for (const part of query.trim().toLowerCase().split(/\s+/).filter(Boolean)) {
    if (CODE_TOKEN.test(part)) tokens.push({ text: part, code: compactCode(part) });
    else for (const word of wordsOf(part)) tokens.push({ text: word, code: undefined });
  }
  return tokens;
}

export function searchEntries<Entry extends SearchEntry>(entries: readonly Entry[], query: string, limit = 20): Entry[] {
  const tokens = tokenize(query);
  if (tokens.length === 0 || limit <= 0) return [];
  const buckets: Entry[][] = Array.from({ length: TIERS }, () => []);
  for (const entry of entries) {
    const found = tier(entry, tokens);
    if (found !== undefined) buckets[found]?.push(entry);
  }
  return buckets.flat().slice(0, limit);
}
