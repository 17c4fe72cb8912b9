/**
 * `npm run test:faults [-- --port 3500]`
 *
 * Breaks things while headless users work (over HTTP, against PostgreSQL), then reconciles the
 * database with what the users were told:
 *   1. kill -9 of the app server during a stream of saves, and during bulk sends; restart; retry
 *   2. the app's database connections terminated (pg_terminate_backend) during saves
 *   3. IdentifyPerson down: the patient step says so, hand entry still registers and sends
 *   4. two app instances behind a round-robin proxy: every request alternates instance
 * Prints one row per scenario; exits non-zero on an unexpected error or a failed reconciliation.
 * Result: perf/results/faults.json. See docs/faults.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "@/lib/db/migrations";
import { readActionIds, type ActionIds } from "./driver/action-ids";
import { HeadlessBrowser } from "./driver/headless-browser";
import { formatTable, StepStats } from "./driver/step-stats";
import { bulkSendChunk, saveDraft, saveAndCheck, signIn, startRegistration, viewSummary, type Persona } from "./driver/user-flow";
import { acknowledgedSave, emptyDraft, patients, personas, recentForm, registerOnce } from "./driver/workload";
import { AppServer } from "./harness/app-server";
import { ensurePostgres, prepareEnvironment, type RunEnvironment } from "./harness/environment";
import { startRoundRobinProxy } from "./harness/round-robin-proxy";
import { reconcile } from "./reconcile/load-rows";
import type { LedgerEntry, Reconciliation } from "./reconcile/reconcile";

const { values: args } = parseArgs({ options: { port: { type: "string", default: process.env.WBCR_PERF_PORT ?? "3500" } } });
const port = Number(args.port);
const appUrl = `http://127.0.0.1:${port}`;
const proxyPort = port + 90;
const proxyUrl = `http://127.0.0.1:${proxyPort}`;

interface ScenarioResult {
  scenario: string;
  requests: number;
  expectedFailures: number;
  unexpectedErrors: string[];
  reconciliation: Reconciliation;
  notes: string[];
}

/** Failures counted as expected while a fault is on; anything else is unexpected. */
class FaultWindow {
  active = false;
  expected = 0;
  readonly unexpected: string[] = [];

  failed(error: unknown): void {
    if (this.active) this.expected += 1;
    else this.unexpected.push(error instanceof Error ? error.message : String(error));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signed-in users, each with a fresh draft of its own. */
async function usersWithDrafts(url: string, ids: ActionIds, count: number, ledger: LedgerEntry[], offset: number) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const browser = new HeadlessBrowser(url, ids);
      await signIn(browser, personas[i % personas.length]!);
      const created = await startRegistration(browser, patients[(offset + i) % patients.length]!);
      const entry: LedgerEntry = { id: created.id, expect: "draft", version: created.version, formData: emptyDraft() };
      ledger.push(entry);
      return { browser, entry };
    }),
  );
}

/**
 * Saves in a loop until `stop()`. After a save whose answer was lost, the retry may be refused
 * as stale: then the lost save was applied, which is what reloading the form would show.
 */
async function saveStream(browser: HeadlessBrowser, entry: LedgerEntry, stop: () => boolean, window: FaultWindow): Promise<number> {
  let saves = 0;
  for (let n = 0; !stop(); n += 1) {
    const formData = { indication: "PRIMARY_TUMOUR", nomenclatureCode: "444636", mdtDate: `2024-10-${String((n % 28) + 1).padStart(2, "0")}` };
    const lost = entry.unacknowledged;
    try {
      await acknowledgedSave(entry, formData, () => saveDraft(browser, entry.id, entry.version, formData));
      saves += 1;
    } catch (error) {
      if (lost && /stale/.test(String(error))) {
        Object.assign(entry, { version: lost.version, formData: lost.formData, unacknowledged: undefined });
        continue;
      }
      if (lost) entry.unacknowledged = lost;
      window.failed(error);
      await sleep(200);
    }
  }
  return saves;
}

const requestsOf = (browsers: HeadlessBrowser[]) => browsers.reduce((sum, b) => sum + b.requests, 0);

async function killDuringSaves(env: RunEnvironment, server: AppServer, ids: ActionIds): Promise<ScenarioResult> {
  const ledger: LedgerEntry[] = [];
  const since = new Date();
  const users = await usersWithDrafts(appUrl, ids, 20, ledger, 0);
  const window = new FaultWindow();
  let stopAt = Infinity;
  const streams = users.map(({ browser, entry }) => saveStream(browser, entry, () => Date.now() > stopAt, window));
  await sleep(3_000);
  window.active = true;
  await server.kill9();
  await sleep(1_000);
  await server.start();
  await sleep(1_000);
  window.active = false;
  stopAt = Date.now() + 4_000;
  const saves = await Promise.all(streams);
  // Every client must have saved again after the restart (with its old session cookie).
  const notes = [`${saves.reduce((a, b) => a + b, 0)} acknowledged saves`];
  const after = await Promise.all(users.map(async ({ browser, entry }) => saveDraft(browser, entry.id, entry.version, entry.formData).then((v) => ((entry.version = v), true)).catch(() => false)));
  if (after.includes(false)) window.unexpected.push(`${after.filter((ok) => !ok).length} clients could not save after the restart`);
  return {
    scenario: "kill -9 during saves",
    requests: requestsOf(users.map((u) => u.browser)),
    expectedFailures: window.expected,
    unexpectedErrors: window.unexpected,
    reconciliation: await reconcile(env, ledger, since),
    notes,
  };
}

async function killDuringBulkSend(env: RunEnvironment, server: AppServer, ids: ActionIds): Promise<ScenarioResult> {
  const ledger: LedgerEntry[] = [];
  const since = new Date();
  const senders = personas.filter((p) => p.functionLabel === "Specialist").slice(0, 5);
  const users = await Promise.all(
    senders.map(async (persona: Persona, u) => {
      const browser = new HeadlessBrowser(appUrl, ids);
      await signIn(browser, persona);
      const entries: LedgerEntry[] = [];
      for (let i = 0; i < 20; i += 1) {
        const created = await startRegistration(browser, patients[(u * 20 + i) % patients.length]!);
        const entry: LedgerEntry = { id: created.id, expect: "draft", version: created.version, formData: emptyDraft() };
        ledger.push(entry);
        entries.push(entry);
        const form = recentForm(u * 20 + i);
        await acknowledgedSave(entry, form, () => saveAndCheck(browser, entry.id, entry.version, form));
        await viewSummary(browser, entry.id);
      }
      return { browser, entries };
    }),
  );
  const window = new FaultWindow();
  const sendAll = async ({ browser, entries }: (typeof users)[number]) => {
    for (let at = 0; at < entries.length; at += 10) {
      const chunk = entries.slice(at, at + 10);
      for (const entry of chunk) if (entry.expect === "draft") entry.expect = "either";
      for (let attempt = 0; ; attempt += 1) {
        try {
          for (const outcome of await bulkSendChunk(browser, chunk.map((e) => e.id))) {
            const entry = chunk.find((e) => e.id === outcome.id)!;
            if (!outcome.sent) throw new Error(`bulk send refused ${outcome.id}: ${outcome.code}`);
            Object.assign(entry, { expect: "sent", reference: outcome.reference, version: entry.version });
          }
          break;
        } catch (error) {
          window.failed(error);
          if (attempt > 50) throw error;
          await sleep(500);
        }
      }
    }
  };
  const sending = Promise.all(users.map(sendAll));
  // Kill once about a quarter has been sent: by progress, not by the clock, so the kill lands
  // mid-way however fast the machine sends.
  const sentSoFar = () => ledger.filter((e) => e.expect === "sent").length;
  while (sentSoFar() < ledger.length / 4) await sleep(5);
  window.active = true;
  await server.kill9();
  // Before anyone retries: each registration is sent exactly once or still a draft.
  const midway = await reconcile(env, ledger, since);
  await server.start();
  await sleep(1_000);
  window.active = false;
  await sending.catch((error: unknown) => window.unexpected.push(String(error)));
  const sentBeforeRetry = midway.sent;
  const final = await reconcile(env, ledger, since);
  const unsent = ledger.filter((e) => e.expect !== "sent").length;
  if (unsent) window.unexpected.push(`${unsent} registrations not sent after the retries`);
  if (sentBeforeRetry === ledger.length) window.unexpected.push("the kill came after every registration was sent: nothing was in flight");
  return {
    scenario: "kill -9 during bulk send",
    requests: requestsOf(users.map((u) => u.browser)),
    expectedFailures: window.expected,
    unexpectedErrors: window.unexpected,
    reconciliation: { ...final, ok: final.ok && midway.ok, mismatches: [...midway.mismatches.map((m) => `before retry: ${m}`), ...final.mismatches] },
    notes: [`${sentBeforeRetry} of ${ledger.length} sent when killed; all ${final.sent} sent once after retry`],
  };
}

async function dropDatabaseConnections(env: RunEnvironment, ids: ActionIds): Promise<ScenarioResult> {
  const ledger: LedgerEntry[] = [];
  const since = new Date();
  const users = await usersWithDrafts(appUrl, ids, 20, ledger, 100);
  const window = new FaultWindow();
  let stopAt = Infinity;
  const streams = users.map(({ browser, entry }) => saveStream(browser, entry, () => Date.now() > stopAt, window));
  let terminated = 0;
  for (const delay of [2_000, 2_000]) {
    await sleep(delay);
    window.active = true;
    const rows = await env.query<{ done: boolean }>(
      `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [env.databaseName],
    );
    terminated += rows.filter((r) => r.done).length;
    await sleep(2_000);
    window.active = false;
  }
  stopAt = Date.now() + 3_000;
  await Promise.all(streams);
  // Without any restart, every user can still save.
  const after = await Promise.all(users.map(({ browser, entry }) => saveDraft(browser, entry.id, entry.version, entry.formData).then((v) => ((entry.version = v), true)).catch(() => false)));
  if (after.includes(false)) window.unexpected.push(`${after.filter((ok) => !ok).length} clients could not save after the drops`);
  return {
    scenario: "database connections dropped",
    requests: requestsOf(users.map((u) => u.browser)),
    expectedFailures: window.expected,
    unexpectedErrors: window.unexpected,
    reconciliation: await reconcile(env, ledger, since),
    notes: [`${terminated} connections terminated in two rounds`],
  };
}

async function identifyPersonDown(env: RunEnvironment, server: AppServer, ids: ActionIds): Promise<ScenarioResult> {
  const ledger: LedgerEntry[] = [];
  const since = new Date();
  await server.stop();
  await server.start({ IDENTIFY_PERSON_MODE: "down" });
  const stats = new StepStats();
  const window = new FaultWindow();
  const browsers = await Promise.all(
    Array.from({ length: 10 }, async (_, i) => {
      const browser = new HeadlessBrowser(appUrl, ids);
      await signIn(browser, personas[i % personas.length]!);
      try {
        // The lookup must answer "unavailable"; the patient is then typed in by hand.
        await registerOnce(browser, stats, ledger, 200 + i, { expectLookup: "unavailable" });
        window.expected += 1;
      } catch (error) {
        window.failed(error);
      }
      return browser;
    }),
  );
  await server.stop();
  await server.start();
  const back = new HeadlessBrowser(appUrl, ids);
  await signIn(back, personas[0]!);
  await registerOnce(back, stats, ledger, 300, { expectLookup: "found" }).catch((error: unknown) => window.failed(error));
  return {
    scenario: "IdentifyPerson down",
    requests: requestsOf([...browsers, back]),
    expectedFailures: window.expected,
    unexpectedErrors: window.unexpected,
    reconciliation: await reconcile(env, ledger, since),
    notes: ["expected failures = lookups answered 'unavailable'; each registration then sent with a hand-entered patient"],
  };
}

async function twoInstancesBehindProxy(env: RunEnvironment, ids: ActionIds): Promise<ScenarioResult> {
  const ledger: LedgerEntry[] = [];
  const since = new Date();
  const a = new AppServer({ port, publicUrl: proxyUrl, env: env.serverEnv, name: "faults-app-a" });
  const b = new AppServer({ port: port + 1, publicUrl: proxyUrl, env: env.serverEnv, name: "faults-app-b" });
  await a.start();
  await b.start();
  const proxy = await startRoundRobinProxy(proxyPort, [a.url, b.url]);
  const stats = new StepStats();
  const window = new FaultWindow();
  try {
    const browsers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const browser = new HeadlessBrowser(proxy.url, ids);
        try {
          await stats.time("log in", () => signIn(browser, personas[i % personas.length]!));
          for (let round = 0; round < 3; round += 1) await registerOnce(browser, stats, ledger, 400 + i * 3 + round, { keepDraft: round === 2 });
        } catch (error) {
          window.failed(error);
        }
        return browser;
      }),
    );
    return {
      scenario: "two instances, round-robin proxy",
      requests: requestsOf(browsers),
      expectedFailures: 0,
      unexpectedErrors: window.unexpected,
      reconciliation: await reconcile(env, ledger, since),
      notes: [`requests per instance: ${proxy.counts.join(" / ")}`],
    };
  } finally {
    await proxy.close();
    await a.stop();
    await b.stop();
  }
}

async function main(): Promise<void> {
  const env = await prepareEnvironment({ appOrigins: [appUrl, proxyUrl], simulatorPort: port + 1000, demoRegistrations: 60 });
  const server = new AppServer({ port, publicUrl: appUrl, env: env.serverEnv, name: "faults-app" });
  const results: ScenarioResult[] = [];
  try {
    await server.start();
    const ids = readActionIds(projectRoot);
    const run = async (name: string, scenario: () => Promise<ScenarioResult>) => {
      console.log(`faults: ${name} …`);
      results.push(await scenario());
    };
    await run("kill -9 during saves", () => killDuringSaves(env, server, ids));
    await run("kill -9 during bulk send", () => killDuringBulkSend(env, server, ids));
    await run("database connections dropped", () => dropDatabaseConnections(env, ids));
    await run("IdentifyPerson down", () => identifyPersonDown(env, server, ids));
    await server.stop();
    await run("two instances behind a round-robin proxy", () => twoInstancesBehindProxy(env, ids));
  } finally {
    await server.stop();
    await env.close();
  }
  console.log();
  console.log(
    formatTable(
      ["scenario", "requests", "expected failures", "unexpected errors", "reconciliation"],
      results.map((r) => [r.scenario, r.requests, r.expectedFailures, r.unexpectedErrors.length, r.reconciliation.ok ? `OK (${r.reconciliation.checked} checked, ${r.reconciliation.sent} sent)` : `FAILED (${r.reconciliation.mismatches.length})`]),
    ),
  );
  console.log();
  for (const r of results) {
    for (const note of r.notes) console.log(`${r.scenario}: ${note}`);
    for (const error of r.unexpectedErrors.slice(0, 5)) console.log(`${r.scenario}: unexpected: ${error}`);
    for (const mismatch of r.reconciliation.mismatches.slice(0, 5)) console.log(`${r.scenario}: mismatch: ${mismatch}`);
  }
  const outFile = path.join(projectRoot, "perf/results/faults.json");
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
  console.log(`result: ${path.relative(projectRoot, outFile)}`);
  process.exitCode = results.every((r) => r.unexpectedErrors.length === 0 && r.reconciliation.ok) ? 0 : 1;
}

if (ensurePostgres()) {
  main().catch((error: unknown) => {
    console.error("fault test failed:", error);
    process.exitCode = 1;
  });
}
