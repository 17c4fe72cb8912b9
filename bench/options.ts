/** Command-line options of `npm run bench`. */
import { parseArgs } from "node:util";

export const measureNames = ["save", "search", "lists", "export", "bulk", "validation", "picker", "js", "hints"] as const;
export type MeasureName = (typeof measureNames)[number];
export type DbKind = "postgres" | "pglite";

export interface BenchOptions {
  scale: number;
  /** PGlite is one process at a time and slower to seed; it may run at a smaller volume. */
  pgliteScale: number;
  dbs: DbKind[];
  only: Set<MeasureName>;
  /** Rows of the CSV export measure (bench/export-memory.ts seeds its own database). */
  exportRows: number;
  port: number;
  simulatorPort: number;
  /** Seconds each HTTP load lasts. */
  seconds: number;
}

export const usage = `npm run bench -- [--scale 100000] [--db postgres|pglite|both] [--pglite-scale N]
                      [--only ${measureNames.join(",")}] [--export-rows 100000] [--seconds 10]
                      [--port 3600] [--simulator-port 4600]
PostgreSQL needs DATABASE_URL (a server where the bench may create and drop a database), e.g.
  PGPORT=55436 bash .ci/with-postgres.sh npm run bench`;

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/[_,]/g, ""));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: "string" },
      "pglite-scale": { type: "string" },
      db: { type: "string", default: "both" },
      only: { type: "string" },
      "export-rows": { type: "string" },
      port: { type: "string" },
      "simulator-port": { type: "string" },
      seconds: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const scale = positiveInt("scale", values.scale, 100_000);
  const db = values.db;
  if (db !== "postgres" && db !== "pglite" && db !== "both") throw new Error(`--db must be postgres, pglite or both, got "${db}"`);
  let dbs: DbKind[] = db === "both" ? ["postgres", "pglite"] : [db];
  if (!env.DATABASE_URL && dbs.includes("postgres")) {
    if (db === "postgres") throw new Error(`--db postgres needs DATABASE_URL.\n${usage}`);
    console.warn("bench: DATABASE_URL is not set, so PostgreSQL is skipped; PGlite only.");
    dbs = ["pglite"];
  }
  const only = new Set<MeasureName>(values.only ? (values.only.split(",").map((s) => s.trim()) as MeasureName[]) : measureNames);
  for (const name of only) if (!measureNames.includes(name)) throw new Error(`--only: unknown measure "${name}" (${measureNames.join(", ")})`);
  return {
    scale,
    pgliteScale: positiveInt("pglite-scale", values["pglite-scale"], scale),
    dbs,
    only,
    exportRows: positiveInt("export-rows", values["export-rows"], 100_000),
    port: positiveInt("port", values.port ?? env.BENCH_PORT, 3600),
    simulatorPort: positiveInt("simulator-port", values["simulator-port"] ?? env.BENCH_SIMULATOR_PORT, 4600),
    seconds: positiveInt("seconds", values.seconds, 10),
  };
}
