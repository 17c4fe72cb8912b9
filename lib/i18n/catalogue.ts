/**
 * The UI catalogues: every JSON file in messages/<locale>/ holds some top-level namespaces
 * (common.json: app, home…; auth.json: auth, session…). Files are merged, so a feature adds its
 * own file instead of editing a shared one. Module texts (field labels, rule messages) live in
 * the module declarations.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";

export type Catalogue = Record<string, unknown>;

const cache = new Map<Locale, Catalogue>();

export function loadCatalogue(locale: Locale): Catalogue {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  // Scoped to messages/ so the bundler traces only the catalogues.
  const folder = path.join(process.cwd(), "messages", locale);
  const merged: Catalogue = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
    const namespaces = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Catalogue;
    for (const [namespace, value] of Object.entries(namespaces)) {
      if (namespace in merged) throw new Error(`messages/${locale}/${file}: namespace "${namespace}" is defined twice`);
      merged[namespace] = value;
    }
  }
  cache.set(locale, merged);
  return merged;
}
