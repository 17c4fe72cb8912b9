/**
 * `npm run bench`: seeds a throw-away database at scale, starts the production build on it and
 * measures what issue 6 asks (see docs/bench.md), on PostgreSQL and/or PGlite; writes
 * bench/results.json and bench/results.md and prints the table.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seedDemo } from "@/lib/db/seed";
import { createFloorTableSql } from "@/lib/bench/floor";
import { createBenchDatabase, type BenchDatabase } from "./database";
import { sessionCookie } from "./http/session-cookie";
import { measureBulkSend } from "./measures/bulk-send";
import { measureCsvExport } from "./measures/export-csv";
import { measureFormPageJs } from "./measures/form-page-js";
import { measureListPages } from "./measures/list-pages";
import { measurePickerSearch } from "./measures/picker";
import { measureSaveDraft } from "./measures/save-draft";
import { measureSearch } from "./measures/search";
import { measureTumourHints } from "./measures/tumour-hints";
import { measureValidation } from "./measures/validation";
import { parseOptions, type BenchOptions, type DbKind, type MeasureName } from "./options";
import { machineDescription, markdownReport, measure, type BenchResults, type DatabaseRun, type Measure } from "./report/results";
import { round } from "./report/stats";
import { seedBenchPeople } from "./seed/bench-people";
import { contextOf, createFixtures, type Fixtures } from "./seed/fixtures";
import { seedAtScale, type ScaleSeed } from "./seed/seed-at-scale";
import { startServer } from "./server";

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** The bench and the server it starts must share the keys and the cookie secret. */
function shareSecrets(): void {
  // Throw-away databases with demo-like people, PostgreSQL included: demo mode (lib/config/mode.ts).
  process.env.WBCR_MODE ??= "demo";
  process.env.WBCR_DATA_KEYS ??= `bench:${randomBytes(32).toString("base64")}`;
  process.env.WBCR_INDEX_KEY ??= randomBytes(32).toString("base64");
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
}

/** A measure that failed to run is reported as missing with its reason; the others go on. */
async function attempt(name: string, run: () => Promise<Measure[]> | Measure[]): Promise<Measure[]> {
  try {
    const started = performance.now();
    const measures = await run();
    log(`${name}: done in ${round((performance.now() - started) / 1000)} s`);
    return measures;
  } catch (error) {
    log(`${name} FAILED: ${error instanceof Error ? error.stack : String(error)}`);
    return [measure(`${name}.error`, `${name}`, null, "", null, `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`)];
  }
}

async function runOn(kind: DbKind, options: BenchOptions): Promise<DatabaseRun> {
  const scale = kind === "pglite" ? options.pgliteScale : options.scale;
  const wants = (name: MeasureName) => options.only.has(name);
  const needsData = (["save", "search", "lists", "bulk", "js", "hints"] as const).some(wants);
  const measures: Measure[] = [];
  let seedSeconds: number | null = null;

  if (needsData) {
    log(`${kind}: creating a throw-away database`);
    const database: BenchDatabase = await createBenchDatabase(kind);
    try {
      const handle = database.open();
      let fixtures: Fixtures;
      let seeded: ScaleSeed | null = null;
      try {
        const started = performance.now();
        await seedDemo(handle.db);
        await seedBenchPeople(handle.db);
        if (["save", "search", "lists", "bulk"].some((m) => wants(m as MeasureName))) seeded = await seedAtScale(handle.db, scale, log);
        seedSeconds = round((performance.now() - started) / 1000);
        log(`${kind}: ${scale.toLocaleString("en-GB")} registrations seeded in ${seedSeconds} s (patient pool ${seeded?.poolSize ?? 0})`);
        await handle.db.$executeRawUnsafe(createFloorTableSql);
        fixtures = await createFixtures(handle.db);
        // In process, before the server opens the database (PGlite admits one process).
        const known = seeded;
        if (wants("search") && known) {
          const context = await contextOf(handle.db, fixtures.registryStaff);
          measures.push(...(await attempt("search", () => measureSearch(handle.db, context, known.searchInsz, known.searchMatches))));
        }
        if (wants("hints")) {
          const context = await contextOf(handle.db, fixtures.listUser);
          measures.push(...(await attempt("hints", () => measureTumourHints(handle.db, context))));
        }
      } finally {
        await handle.close();
      }

      if ((["save", "lists", "bulk", "js"] as const).some(wants)) {
        const secret = process.env.NEXTAUTH_SECRET!;
        const logFile = path.join(process.cwd(), "bench", `server-${kind}.log`);
        log(`${kind}: starting the production server on port ${options.port} (log: ${path.relative(process.cwd(), logFile)})`);
        const server = await startServer({ port: options.port, simulatorPort: options.simulatorPort, env: database.env, logFile });
        try {
          const cookies = await Promise.all(fixtures.savers.map((s) => sessionCookie(s, secret)));
          if (wants("save")) measures.push(...(await attempt("save", () => measureSaveDraft(server.origin, fixtures, cookies, options.seconds))));
          if (wants("lists")) {
            const cookie = await sessionCookie(fixtures.listUser, secret);
            measures.push(...(await attempt("lists", () => measureListPages(server.origin, cookie, options.seconds))));
          }
          if (wants("bulk")) {
            const cookie = await sessionCookie(fixtures.bulk, secret);
            measures.push(...(await attempt("bulk", () => measureBulkSend(server.origin, cookie, fixtures.bulk.draftIds))));
          }
          if (wants("js")) {
            measures.push(...(await attempt("js", () => measureFormPageJs(server.origin, cookies[0]!, fixtures.savers[0]!.draftId))));
            measures.push(...(await attempt("js", () => measureFormPageJs(server.origin, cookies[0]!, fixtures.standardDraftId, undefined, "standard"))));
          }
        } finally {
          await server.stop();
        }
      }
    } finally {
      await database.drop();
    }
  }
  if (wants("export")) {
    log(`${kind}: CSV export of ${options.exportRows.toLocaleString("en-GB")} rows (bench/export-memory.ts)`);
    measures.push(...(await attempt("export", () => measureCsvExport(kind, options.exportRows))));
    log(`${kind}: CSV export of ${options.exportRows.toLocaleString("en-GB")} standard registrations (wider rows)`);
    measures.push(...(await attempt("export", () => measureCsvExport(kind, options.exportRows, "standard"))));
  }
  if (wants("validation")) measures.push(...(await attempt("validation", () => measureValidation())));
  if (wants("picker")) measures.push(...(await attempt("picker", () => measurePickerSearch())));
  return { db: kind, scale, seedSeconds, measures: order(measures) };
}

const measureOrder = ["save", "search", "lists", "export", "bulk", "validation", "picker", "js", "hints"];
function order(measures: Measure[]): Measure[] {
  const rank = (m: Measure) => measureOrder.indexOf(m.id.split(".")[0]!);
  return [...measures].sort((a, b) => rank(a) - rank(b));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  shareSecrets();
  const results: BenchResults = { date: new Date().toISOString(), machine: machineDescription(), runs: [] };
  for (const kind of options.dbs) {
    try {
      results.runs.push(await runOn(kind, options));
    } catch (error) {
      // Seeding or the server failed: say so in the report and go on with the other database.
      log(`${kind} FAILED: ${error instanceof Error ? error.stack : String(error)}`);
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      results.runs.push({ db: kind, scale: kind === "pglite" ? options.pgliteScale : options.scale, seedSeconds: null, measures: [measure("run.error", "Run", null, "", null, `failed: ${reason}`)] });
    }
  }
  const dir = path.join(process.cwd(), "bench");
  mkdirSync(dir, { recursive: true });
  const report = markdownReport(results);
  writeFileSync(path.join(dir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(dir, "results.md"), report);
  console.log(`\n${report}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("bench failed:", error);
    process.exit(1);
  },
);
