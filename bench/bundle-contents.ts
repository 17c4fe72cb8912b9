/**
 * What is in a page's JavaScript: `npx tsx bench/bundle-contents.ts [route] [--by file|package] [--top N]`
 * after a build with browser source maps (docs/bench.md, "What is in the form page's JavaScript").
 * It reads the route's first-load chunks from .next/diagnostics/route-bundle-stats.json (plus the
 * polyfill file the HTML also names), gives each chunk's gzip size (level 9, as the bench) to its
 * sources in proportion to the bytes each source's code takes in the chunk, and prints the largest.
 * Offline, no analyzer needed; the attribution is approximate (gzip is not additive), the chunk
 * totals are exact.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSize } from "./report/gzip-size";

interface RawSourceMap {
  sources?: string[];
  mappings?: string;
  sections?: { offset: { line: number; column: number }; map: RawSourceMap }[];
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Each mapping segment of a source map as (generated line, column, source), offsets applied. */
function segmentsOf(map: RawSourceMap, lineOffset = 0, columnOffset = 0): { line: number; column: number; source: string }[] {
  if (map.sections) return map.sections.flatMap((section) => segmentsOf(section.map, lineOffset + section.offset.line, section.offset.column));
  const out: { line: number; column: number; source: string }[] = [];
  let sourceIndex = 0;
  (map.mappings ?? "").split(";").forEach((lineText, line) => {
    let column = 0;
    for (const segment of lineText.split(",")) {
      if (segment === "") continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length > 1) sourceIndex += fields[1] ?? 0;
      const source = fields.length > 1 ? (map.sources?.[sourceIndex] ?? "?") : "[no source]";
      out.push({ line: line + lineOffset, column: column + (line === 0 ? columnOffset : 0), source });
    }
  });
  return out;
}

/** "turbopack:///[project]/node_modules/zod/v4/core/schemas.js" → "zod" (package) or the project path (file). */
function nameOf(source: string, by: "file" | "package"): string {
  const file = source.replace(/^.*\[project\]\//, "").replace(/^turbopack:\/\/\/?/, "");
  const pkg = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (by === "package") return pkg ? `npm:${pkg[1]}` : file.split("/").slice(0, 2).join("/");
  return file;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args.splice(at, 2)[1];
  };
  const by = option("--by") === "file" ? "file" : "package";
  const top = Number(option("--top") ?? 25);
  const route = args[0] ?? "/registrations/[id]";
  const next = path.join(process.cwd(), ".next");
  const stats = JSON.parse(readFileSync(path.join(next, "diagnostics/route-bundle-stats.json"), "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) throw new Error(`no route ${route} in the build (routes: ${stats.map((s) => s.route).join(", ")})`);
  const manifest = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { polyfillFiles: string[] };
  const chunks = [...entry.firstLoadChunkPaths.map((p) => p.replace(/^\.next\//, "")), ...manifest.polyfillFiles];

  const parts = new Map<string, number>();
  let total = 0;
  let withoutMap = 0;
  for (const chunk of chunks) {
    const code = readFileSync(path.join(next, chunk), "utf8");
    const gzip = gzipSize(code);
    total += gzip;
    const mapName = code.match(/sourceMappingURL=(\S+)\s*$/)?.[1];
    if (!mapName) {
      withoutMap += 1;
      parts.set(`[no source map] ${chunk}`, gzip);
      continue;
    }
    const map = JSON.parse(readFileSync(path.join(next, path.dirname(chunk), mapName), "utf8")) as RawSourceMap;
    const lineStarts = [0];
    for (let i = 0; i < code.length; i += 1) if (code[i] === "\n") lineStarts.push(i + 1);
    const segments = segmentsOf(map)
      .map((s) => ({ at: (lineStarts[s.line] ?? code.length) + s.column, source: nameOf(s.source, by) }))
      .sort((a, b) => a.at - b.at);
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.at ?? code.length;
      parts.set(segment.source, (parts.get(segment.source) ?? 0) + ((end - segment.at) / code.length) * gzip);
    });
  }
  console.log(`${route}: ${(total / 1000).toFixed(1)} kB gzip -9 in ${chunks.length} files${withoutMap ? ` (${withoutMap} without a source map)` : ""}`);
  for (const [name, bytes] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(bytes / 1000).toFixed(1).padStart(7)} kB  ${name}`);
}

main();
