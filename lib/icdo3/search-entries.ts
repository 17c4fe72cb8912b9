import type { CodeEntry } from "./parse";

/**
 * Search over code entries by code or label words, case-insensitive. No file access, so the
 * browser picker can run the same search over the list from picker.ts.
 *
 * Every query token must match: a code-like token ("C34", "34.1", "8140/3") as a prefix of the
 * code, any other token as the start of a word of the label (or topography group label).
 * Exact code matches come first, then code-prefix matches, then label matches, each in code order.
 */
const CODE_TOKEN = /^c?\d[\d./]*$/;

function compactCode(code: string): string {
  return code.toLowerCase().replace(/[c./]/g, "");
}

function words(entry: CodeEntry): string[] {
  return `${entry.label} ${entry.group ?? ""}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

type Rank = 0 | 1 | 2;

function rank(entry: CodeEntry, tokens: readonly string[]): Rank | undefined {
  const code = compactCode(entry.code);
  let byCode = 0;
  let exact = false;
  let entryWords: string[] | undefined;
  for (const token of tokens) {
    if (CODE_TOKEN.test(token) && code.startsWith(compactCode(token))) {
      byCode += 1;
      exact ||= code === compactCode(token);
      continue;
    }
    entryWords ??= words(entry);
    if (!entryWords.some((word) => word.startsWith(token))) return undefined;
  }
  if (exact) return 0;
  return byCode > 0 ? 1 : 2;
}

export function searchEntries(entries: readonly CodeEntry[], query: string, limit = 20): CodeEntry[] {
  const tokens = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || limit <= 0) return [];
  const buckets: [CodeEntry[], CodeEntry[], CodeEntry[]] = [[], [], []];
  for (const entry of entries) {
    const found = rank(entry, tokens);
    if (found !== undefined) buckets[found].push(entry);
  }
  return buckets.flat().slice(0, limit);
}
