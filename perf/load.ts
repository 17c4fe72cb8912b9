/**
 * `npm run test:load [-- --users 100 --seconds 60 --port 3500]`
 *
 * N virtual users, each looping for the given time: sign in through the eHealth simulator → new
 * registration (IdentifyPerson lookup) → save → check → send; every fifth loop leaves a saved
 * draft instead. All over HTTP against a production build on PostgreSQL. Prints per-step
 * latencies, then reconciles the database with what the users were told. Exits non-zero on any
 * error or mismatch. Result: perf/results/load.json. See docs/load.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "@/lib/db/migrations";
import { readActionIds } from "./driver/action-ids";
import { HeadlessBrowser } from "./driver/headless-browser";
import { formatTable, StepStats } from "./driver/step-stats";
import { signIn } from "./driver/user-flow";
import { personas, registerOnce } from "./driver/workload";
import { AppServer } from "./harness/app-server";
import { ensurePostgres, prepareEnvironment } from "./harness/environment";
import { reconcile } from "./reconcile/load-rows";
import type { LedgerEntry } from "./reconcile/reconcile";

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "100" },
    seconds: { type: "string", default: "60" },
    port: { type: "string", default: process.env.WBCR_PERF_PORT ?? "3500" },
  },
});
const users = Number(args.users);
const seconds = Number(args.seconds);
const port = Number(args.port);

async function main(): Promise<void> {
  const appUrl = `http://127.0.0.1:${port}`;
  const env = await prepareEnvironment({ appOrigins: [appUrl], simulatorPort: port + 1000 });
  const server = new AppServer({ port, publicUrl: appUrl, env: env.serverEnv, name: "load-app" });
  let failed = true;
  try {
    await server.start();
    const actionIds = readActionIds(projectRoot);
    const stats = new StepStats();
    const ledger: LedgerEntry[] = [];
    const since = new Date();
    console.log(`load: ${users} users for ${seconds} s against ${appUrl} (PostgreSQL ${env.databaseName}, simulator ${env.simulatorUrl})`);
    const started = performance.now();
    const deadline = Date.now() + seconds * 1000;
    let iterations = 0;
    const loops = Array.from({ length: users }, async (_, user) => {
      const browser = new HeadlessBrowser(appUrl, actionIds);
      const persona = personas[user % personas.length]!;
      for (let round = 0; Date.now() < deadline; round += 1) {
        const n = user + round * users;
        try {
          browser.reset();
          await stats.time("log in", () => signIn(browser, persona));
          await registerOnce(browser, stats, ledger, n, { keepDraft: n % 5 === 4 });
          iterations += 1;
        } catch {
          // Counted by the step that failed; a real user would start again.
        }
      }
    });
    await Promise.all(loops);
    const elapsed = (performance.now() - started) / 1000;
    const figures = stats.figures();
    const requests = figures.at(-1)!.count;
    console.log();
    console.log(formatTable(["step", "count", "errors", "p50 ms", "p95 ms", "max ms"], figures.map((f) => [f.step, f.count, f.errors, Math.round(f.p50), Math.round(f.p95), Math.round(f.max)])));
    console.log();
    console.log(`${iterations} flows completed in ${elapsed.toFixed(1)} s: ${(iterations / elapsed).toFixed(2)} flows/s, ${(requests / elapsed).toFixed(1)} steps/s`);
    for (const error of stats.sampleErrors) console.log(`  error: ${error}`);

    const result = await reconcile(env, ledger, since);
    console.log(`reconciliation: ${result.ok ? "OK" : "FAILED"}: ${result.checked} registrations checked, ${result.sent} sent exactly once, ${result.drafts} drafts at their last saved version, ${result.unknownRows} unknown`);
    for (const mismatch of result.mismatches.slice(0, 20)) console.log(`  mismatch: ${mismatch}`);

    const outFile = path.join(projectRoot, "perf/results/load.json");
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(
      outFile,
      `${JSON.stringify({ at: new Date().toISOString(), users, seconds, elapsed, iterations, machine: { cpus: os.cpus().length, node: process.version }, steps: figures, errors: stats.sampleErrors, reconciliation: result }, null, 2)}\n`,
    );
    console.log(`result: ${path.relative(projectRoot, outFile)}`);
    failed = stats.errorCount > 0 || !result.ok;
  } finally {
    await server.stop();
    await env.close();
  }
  process.exitCode = failed ? 1 : 0;
}

if (ensurePostgres()) {
  main().catch((error: unknown) => {
    console.error("load test failed:", error);
    process.exitCode = 1;
  });
}
