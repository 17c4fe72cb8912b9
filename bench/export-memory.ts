/**
 * Export benchmark (F-BULK-4: memory stays flat however many rows).
 *
 *   npx tsx bench/export-memory.ts [--rows 100000] [--batch 500] [--format csv|txt] [--heap-mb 128] [--module srt|standard]
 *
 * Creates a throw-away database — embedded PGlite in a temporary folder, or, when DATABASE_URL
 * is set, a new database on that server (dropped afterwards) — seeds the demo people and N sent
 * registrations with encrypted patients, then exports them all as the registry staff through
 * the same path as the download route (exportRegistrations → toByteStream) into a sink that
 * counts the bytes and drops them (a file on /dev/null would time the thread pool's writes).
 * The export runs in a fresh child process (node --expose-gc, and --max-old-space-size when
 * --heap-mb is given), so the seeding's memory does not hide or inflate the figures.
 * RSS and heap are sampled every 50 ms; prints one JSON line with rows/s, the peak RSS growth over
 * the baseline taken just before the export, and (with --expose-gc) the heap still held after it.
 */
import { spawn } from "node:child_process";
import { personByInsz } from "@/lib/access/person-identity";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Readable, Writable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { acceptTerms } from "@/lib/access/accept-terms";
import { chooseMembership } from "@/lib/access/choose-membership";
import { loadSessionContext, type SessionContext } from "@/lib/access/session-context";
import { startSession } from "@/lib/access/start-session";
// eslint-disable-next-line no-restricted-imports -- a benchmark opens its own throw-away database
import { createDb, type Db } from "@/lib/db/client";
import { openAdapter } from "@/lib/db/adapter";
import type { DatabaseConfig } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrations";
import { seedDemo } from "@/lib/db/seed";
import { validRegistrations } from "@/lib/modules/srt/examples";
import { validRegistrations as standardExamples } from "@/lib/modules/standard/examples";
import { contentDates } from "@/lib/registrations/content-dates";
import { toByteStream } from "@/lib/exports/byte-stream";
import { exportRegistrations } from "@/lib/exports/export-registrations";
import { demoPopulation } from "@/lib/patients/demo-population";
import { protectPatient } from "@/lib/patients/identity-protection";
import { patientFromRegister } from "@/lib/patients/patient-from-register";
import { createScratchPostgres } from "@/lib/db/scratch-database";

// A throw-away database, PostgreSQL included: demo mode (lib/config/mode.ts), generated keys.
process.env.WBCR_MODE ??= "demo";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    batch: { type: "string", default: "500" },
    format: { type: "string", default: "csv" },
    "heap-mb": { type: "string" },
    /** The module whose registrations are seeded and exported: SRT, or the standard registration's wider rows. */
    module: { type: "string", default: "srt" },
    /** Internal: the child process exporting from an already seeded database. */
    "export-from": { type: "string" },
  },
});
const rowCount = Number(args.rows);
const batchSize = Number(args.batch);
const format = args.format === "txt" ? "txt" : "csv";
if (!Number.isInteger(rowCount) || rowCount < 1) throw new Error("--rows must be a positive integer");
const moduleId = args.module === "standard" ? "standard" : "srt";
/** Complete sent registrations of the module, and the warning a third of them confirmed. */
const seedModule = moduleId === "standard"
  ? { examples: Object.values(standardExamples), prefix: "STD", warning: { ruleId: "A55-W60", fieldPath: "mocParticipants" } }
  : { examples: Object.values(validRegistrations), prefix: "SRT", warning: { ruleId: "SRT-W02", fieldPath: "topography" } };

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

interface BenchDb {
  db: Db;
  kind: "pglite" | "postgres";
  config: DatabaseConfig;
  /** Releases the client (PGlite: one process at a time) without dropping the data. */
  release(): Promise<void>;
  /** Drops the data. */
  destroy(): Promise<void>;
}

async function openBenchDb(): Promise<BenchDb> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "wbcr-bench-"));
    const config: DatabaseConfig = { kind: "pglite", dataDir };
    const migrator = openAdapter(config);
    await applyMigrations(migrator.factory);
    await migrator.close();
    const handle = createDb(config);
    return {
      db: handle.db,
      kind: "pglite",
      config,
      release: () => handle.close(),
      destroy: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const scratch = await createScratchPostgres(serverUrl, "wbcr_bench");
  const handle = createDb(scratch.config);
  return {
    db: handle.db,
    kind: "postgres",
    config: scratch.config,
    release: () => handle.close(),
    destroy: () => scratch.drop(),
  };
}

/** N sent registrations of the module over every demo physician, written with createMany in batches. */
async function seedRegistrations(db: Db, count: number): Promise<void> {
  const physicians = await db.membership.findMany({ where: { function: "SPECIALIST" }, orderBy: { id: "asc" } });
  const examples = seedModule.examples;
  const people = demoPopulation.filter((p) => p.birthDate);
  const start = Date.parse("2023-01-01T08:00:00Z");
  const chunk = 1000;
  for (let offset = 0; offset < count; offset += chunk) {
    const registrations = [];
    const patients = [];
    const confirmations = [];
    for (let i = offset; i < Math.min(count, offset + chunk); i += 1) {
      const physician = physicians[i % physicians.length]!;
      const person = people[i % people.length]!;
      const id = randomUUID();
      const sentAt = new Date(start + i * 60_000);
      registrations.push({
        id,
        moduleId,
        organisationId: physician.organisationId,
        responsiblePhysicianId: physician.id,
        createdById: physician.personId,
        createdViaMembershipId: physician.id,
        status: "SENT" as const,
        validationStatus: "VALID_WITH_WARNINGS" as const,
        formData: examples[i % examples.length] as object,
        ...contentDates(moduleId, "INITIAL", examples[i % examples.length]),
        reference: `${seedModule.prefix}-BENCH-${String(i + 1).padStart(7, "0")}`,
        sentAt,
        sentById: physician.personId,
        createdAt: sentAt,
        updatedAt: sentAt,
      });
      patients.push({
        registrationId: id,
        identifiedByService: true,
        ...protectPatient(
          patientFromRegister(
            person,
            { insurerCode: "100", insuranceNumber: String(10_000_000 + i) },
            i % 10 === 0 ? "=HYPERLINK(\"http://example.org\"), \"quoted\"\nsecond line" : undefined,
          ),
          id,
        ),
      });
      if (i % 3 === 0) {
        confirmations.push({
          registrationId: id,
          ruleId: seedModule.warning.ruleId,
          ruleVersion: 1,
          fieldPath: seedModule.warning.fieldPath,
          comment: "Vérifié dans le dossier du patient",
          confirmedById: physician.personId,
          confirmedAt: sentAt,
        });
      }
    }
    await db.registration.createMany({ data: registrations });
    await db.registrationPatient.createMany({ data: patients });
    if (confirmations.length) await db.warningConfirmation.createMany({ data: confirmations });
  }
}

async function signInRegistryStaff(db: Db): Promise<SessionContext> {
  const insz = "74061025571"; // Hilde Verstraete, registry staff (lib/demo/people.ts)
  const started = await startSession(insz, "bench", db);
  if (!started.ok) throw new Error(`cannot sign in: ${started.reason}`);
  const timeouts = { inactivitySeconds: 24 * 3600, absoluteSeconds: 24 * 3600 };
  let context = await loadSessionContext(db, started.sessionId, timeouts);
  if (!context) throw new Error("no session");
  const terms = await db.termsVersion.findFirst({ orderBy: { version: "desc" } });
  if (terms) await acceptTerms(context, terms.version, db);
  const membership = await db.membership.findFirstOrThrow({ where: { person: personByInsz(insz), function: "REGISTRY_STAFF" } });
  await chooseMembership(context, membership.id, db);
  context = await loadSessionContext(db, started.sessionId, timeouts);
  if (!context) throw new Error("no session");
  return context;
}

/** Counts the bytes while passing them on. */
function countBytes() {
  let bytes = 0;
  async function* counter(source: AsyncIterable<Uint8Array>) {
    for await (const chunk of source) {
      bytes += chunk.length;
      yield chunk;
    }
  }
  return { counter, bytes: () => bytes };
}

/** Parent: seed, then let a fresh process export. */
async function seedAndRun(): Promise<void> {
  const bench = await openBenchDb();
  let seedSeconds = 0;
  try {
    const seedStarted = performance.now();
    await seedDemo(bench.db);
    await seedRegistrations(bench.db, rowCount);
    seedSeconds = (performance.now() - seedStarted) / 1000;
    await bench.release();
    const nodeOptions = [...process.execArgv, "--expose-gc", ...(args["heap-mb"] ? [`--max-old-space-size=${Number(args["heap-mb"])}`] : [])];
    const child = spawn(
      process.execPath,
      [...nodeOptions, ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), fileURLToPath(import.meta.url), "--rows", String(rowCount), "--batch", String(batchSize), "--format", format, "--module", moduleId, "--export-from", JSON.stringify(bench.config)],
      { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, BENCH_SEED_SECONDS: String(round(seedSeconds)), BENCH_HEAP_MB: args["heap-mb"] ?? "" } },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const [code] = (await once(child, "exit")) as [number | null];
    process.stdout.write(output);
    if (code !== 0) throw new Error(`export process failed (${code})`);
  } finally {
    await bench.destroy();
  }
}

/** Child: export everything from the seeded database, measuring time and memory. */
async function exportAndMeasure(config: DatabaseConfig): Promise<void> {
  const handle = createDb(config);
  try {
    const context = await signInRegistryStaff(handle.db);

    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
    gc?.();
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 50);

    const started = performance.now();
    const prepared = exportRegistrations(context, { moduleId, kind: "sent", format, locale: "en", batchSize }, handle.db);
    if (!prepared.ok) throw new Error(`export refused: ${prepared.code}`);
    const counted = countBytes();
    const body = Readable.fromWeb(toByteStream(prepared.data.chunks) as NodeReadableStream<Uint8Array>);
    const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
    await pipeline(body, counted.counter, discard);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);

    // The export's own audit event says how many rows it wrote (quoted values may hold line breaks).
    const audit = await handle.db.auditEvent.findFirstOrThrow({ where: { action: `export.${format}` }, orderBy: { id: "desc" } });
    const rows = Number((audit.details as { rows?: number } | null)?.rows);
    if (rows !== rowCount) throw new Error(`exported ${rows} rows, expected ${rowCount}`);
    const bytes = counted.bytes();
    gc?.();
    const retained = process.memoryUsage().heapUsed - baseline.heapUsed;
    console.log(
      JSON.stringify({
        database: config.kind,
        format,
        rows,
        batchSize,
        seconds: round(seconds),
        rowsPerSecond: Math.round(rows / seconds),
        megabytes: round(bytes / MB),
        rssBaselineMB: round(baseline.rss / MB),
        rssPeakMB: round(peakRss / MB),
        rssGrowthMB: round((peakRss - baseline.rss) / MB),
        heapPeakGrowthMB: round((peakHeap - baseline.heapUsed) / MB),
        // After a forced GC at the end: what the export kept (should be about nothing).
        heapRetainedMB: gc ? round(retained / MB) : null,
        maxOldSpaceMB: process.env.BENCH_HEAP_MB ? Number(process.env.BENCH_HEAP_MB) : null,
        seedSeconds: Number(process.env.BENCH_SEED_SECONDS ?? 0),
      }),
    );
  } finally {
    await handle.close();
  }
}

function main(): Promise<void> {
  const from = args["export-from"];
  return from ? exportAndMeasure(JSON.parse(from) as DatabaseConfig) : seedAndRun();
}

const round = (value: number) => Math.round(value * 10) / 10;

main().catch((error: unknown) => {
  console.error("bench failed:", error);
  process.exit(1);
});
