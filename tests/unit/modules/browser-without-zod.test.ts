import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

/**
 * The form page's JavaScript (bench target ≤ 250 kB gzip): zod is about 31 kB of it as soon as
 * one module the browser loads imports it, even for an unused export (Turbopack keeps a module's
 * imports). So the form's client code and the language helpers every page's layout loads reach
 * no `zod` import: the field types' stored schemas live in lib/modules/field-types/schemas.ts,
 * which only the server imports (docs/bench.md, "What is in the form page's JavaScript").
 */
const root = path.resolve(__dirname, "../../..");

const browserEntries = ["components/registration-pages/form-page-client.tsx", "lib/i18n/locales.ts"];

/** Value imports (not `import type`) of a file, as written. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gm)) found.push(match[1] as string);
  return found;
}

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".") && !specifier.startsWith("@/")) return null;
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) if (existsSync(candidate)) return candidate;
  return null;
}

/** Every chain of imports from an entry to "zod", as "a → b → zod". */
function pathsToZod(entry: string): string[] {
  const chains: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(readFileSync(file, "utf8"))) {
      const here = [...chain, path.relative(root, file)];
      if (specifier === "zod" || specifier.startsWith("zod/")) chains.push([...here, "zod"].join(" → "));
      const next = resolve(file, specifier);
      if (next) visit(next, here);
    }
  };
  visit(path.join(root, entry), []);
  return chains;
}

it.each(browserEntries)("%s reaches no zod import", (entry) => {
  expect(pathsToZod(entry)).toEqual([]);
});

it("sees a zod import where there is one (the server's field-type schemas)", () => {
  expect(pathsToZod("lib/modules/field-types/index.ts").length).toBeGreaterThan(0);
});
