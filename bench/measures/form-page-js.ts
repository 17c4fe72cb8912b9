/**
 * 7. JavaScript shipped to the SRT form page: every script the page's HTML names — its
 * <script src> tags and the client-component chunks listed in the inline RSC payload — read from
 * the build output (.next/static), each gzipped at level 9, summed. The app has no dynamic
 * import(), so nothing else is fetched later for this page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { sumGzipped } from "../report/gzip-size";
import { measure, type Measure } from "../report/results";

/** Every /_next/static/….js the HTML mentions (script tags and the RSC payload), once each. */
export function scriptPaths(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\/_next\/static\/[A-Za-z0-9_\-./~%]+?\.js/g)) found.add(decodeURIComponent(match[0]));
  return [...found].sort();
}

/** Which form page: SRT (field-indication) by default, or the standard new diagnosis (field-incidenceDate). */
const FORM_PAGES = {
  srt: { id: "js.formPage", name: "JavaScript of the SRT form page (gzip -9)", field: "field-indication" },
  standard: { id: "js.standardFormPage", name: "JavaScript of the standard new-diagnosis form page (gzip -9)", field: "field-incidenceDate" },
} as const;

export async function measureFormPageJs(origin: string, cookie: string, draftId: string, projectRoot = process.cwd(), module: keyof typeof FORM_PAGES = "srt"): Promise<Measure[]> {
  const page = FORM_PAGES[module];
  const response = await fetch(`${origin}/registrations/${draftId}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(page.field)) throw new Error(`the ${module} form page did not render (${response.status})`);
  const files = scriptPaths(html).map((src) => ({
    name: src.replace("/_next/static/", ""),
    content: readFileSync(path.join(projectRoot, ".next/static", src.replace("/_next/static/", ""))),
  }));
  const summed = sumGzipped(files);
  const top = summed.files.slice(0, 5).map((f) => `${f.name} ${(f.gzipBytes / 1000).toFixed(1)} kB`).join(", ");
  return [
    measure(page.id, page.name, Math.round(summed.totalGzipBytes / 100) / 10, "kB", { comparison: "<=", value: 250 }, `${files.length} files, ${(summed.totalBytes / 1000).toFixed(0)} kB before gzip; largest: ${top}`),
  ];
}
