/**
 * 4. CSV export: bench/export-memory.ts in a child process (it seeds its own throw-away database
 * on the same server, or PGlite when no DATABASE_URL, and exports in a fresh process); its one
 * JSON line gives rows per second and the peak RSS growth over the baseline.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { measure, type Measure } from "../report/results";
import type { DbKind } from "../options";

interface ExportFigures {
  rows: number;
  rowsPerSecond: number;
  rssGrowthMB: number;
  heapPeakGrowthMB: number;
  seconds: number;
  seedSeconds: number;
}

/** `module` "standard": the standard registration's wider rows (breast grids, chronology, MOC), measured as export.standard…. */
export async function measureCsvExport(kind: DbKind, rows: number, module: "srt" | "standard" = "srt"): Promise<Measure[]> {
  const env = { ...process.env };
  if (kind === "pglite") delete env.DATABASE_URL;
  const child = spawn(path.join(process.cwd(), "node_modules/.bin/tsx"), ["bench/export-memory.ts", "--rows", String(rows), "--format", "csv", "--module", module], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`bench/export-memory.ts failed (${code})`);
  const line = output.trim().split("\n").reverse().find((l) => l.startsWith("{"));
  if (!line) throw new Error(`bench/export-memory.ts printed no JSON line:\n${output}`);
  const figures = JSON.parse(line) as ExportFigures;
  const note = `${figures.rows.toLocaleString("en-GB")} rows in ${figures.seconds} s; heap peak growth ${figures.heapPeakGrowthMB} MB (bench/export-memory.ts)`;
  if (module === "standard") {
    return [
      measure("export.standardRowsPerSecond", `CSV export of ${figures.rows.toLocaleString("en-GB")} standard registrations (wider rows): speed`, figures.rowsPerSecond, "rows/s", { comparison: ">=", value: 20_000 }, note),
      measure("export.standardRssGrowthMB", "CSV export of standard registrations: peak memory (RSS) growth", figures.rssGrowthMB, "MB", { comparison: "<=", value: 100 }),
    ];
  }
  return [
    measure("export.rowsPerSecond", `CSV export of ${figures.rows.toLocaleString("en-GB")} rows: speed`, figures.rowsPerSecond, "rows/s", { comparison: ">=", value: 20_000 }, note),
    measure("export.rssGrowthMB", "CSV export: peak memory (RSS) growth", figures.rssGrowthMB, "MB", { comparison: "<=", value: 100 }),
  ];
}
