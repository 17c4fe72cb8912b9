/**
 * `npm start`. Demo mode (no DATABASE_URL, or WBCR_MODE=demo): builds if needed, migrates, seeds
 * the demo on first start, generates missing keys, starts the eHealth simulator unless a real
 * issuer is configured, and serves the app (default http://localhost:3000).
 * Production mode (WBCR_MODE=production, or DATABASE_URL without WBCR_MODE=demo): first checks
 * the configuration and refuses, with one message listing every missing or unsafe item, before
 * anything else happens; it never starts the simulator, generates secrets or seeds demo people.
 *   --fresh   (demo) start from an empty embedded database (used by the end-to-end tests)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { authConfig } from "@/lib/config/auth";
import { wbcrMode } from "@/lib/config/mode";
import { checkProductionConfiguration, refusalMessage } from "@/lib/config/production";
import { ConfigurationError, effectiveConfiguration, readSettings } from "@/lib/config/settings";
// The database, the seed and the simulator are imported when needed (below): a refused start
// answers at once, having loaded nothing else.

const projectRoot = path.resolve(import.meta.dirname, "..");

// tests/fixtures/modules: the test modules are part of every build (the registry adds them only when asked).
const sourceFolders = ["app", "components", "lib", "messages", "public", "generated", "tests/fixtures/modules"];
const sourceFiles = ["next.config.mjs", "package.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation.ts"];

/** Exit codes: 1 = refused (production configuration), 2 = malformed configuration, 3 = other failure. */
export const EXIT_REFUSED = 1;
export const EXIT_MALFORMED = 2;

async function newestSourceChange(): Promise<number> {
  let newest = 0;
  for (const file of sourceFiles) newest = Math.max(newest, statSync(path.join(projectRoot, file)).mtimeMs);
  for (const folder of sourceFolders) {
    const dir = path.join(projectRoot, folder);
    if (!existsSync(dir)) continue;
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

export async function buildIfNeeded(): Promise<void> {
  const buildId = path.join(projectRoot, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= (await newestSourceChange())) return;
  console.log("build: sources changed since the last build, running next build …");
  run("npx", ["next", "build"]);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: projectRoot, env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

/** Migrations and reference data always; the demo seed only in demo mode (PGlite, or WBCR_DEMO_SEED=1). */
export async function prepareDatabase(fresh: boolean): Promise<void> {
  const { databaseConfig, describeDatabase } = await import("@/lib/db/config");
  const { migrateAndWriteReferenceData } = await import("@/lib/db/prepare-database");
  const config = databaseConfig();
  const demo = wbcrMode() === "demo";
  if (fresh) {
    if (!demo) throw new Error("--fresh is a demo option: production never deletes its database");
    if (config.kind === "pglite" && !config.dataDir.startsWith("memory://")) rmSync(config.dataDir, { recursive: true, force: true });
  }
  await migrateAndWriteReferenceData(config);
  const shouldSeed = demo && (config.kind === "pglite" || readSettings().WBCR_DEMO_SEED === true);
  if (!shouldSeed) return;
  const { createDb } = await import("@/lib/db/client");
  const { isDemoSeeded, seedDemo, seedDemoRegistrations } = await import("@/lib/db/seed");
  const { db, close } = createDb(config);
  try {
    if (!(await isDemoSeeded(db))) {
      console.log(`seed: first start, adding the demo data to ${describeDatabase(config)} …`);
      await seedDemo(db);
      const registrations = await seedDemoRegistrations(db, readSettings().WBCR_DEMO_REGISTRATIONS ?? 360);
      console.log(`seed: ${registrations} demo registrations`);
    }
  } finally {
    await close();
  }
}

/** Demo only: the local eHealth simulator stands in for the real identity provider unless one is configured. */
async function startSimulatorUnlessConfigured(appUrl: string): Promise<(() => Promise<void>) | null> {
  const settings = readSettings();
  if (settings.EHEALTH_ISSUER) return null;
  const { clientId, clientSecret } = authConfig();
  const { default: loadDemoIdentities } = await import("@/simulator/ehealth/identities");
  const { startEhealthSimulator } = await import("@/simulator/ehealth/server");
  const simulator = await startEhealthSimulator({
    port: settings.EHEALTH_SIM_PORT ?? 4000,
    identities: await loadDemoIdentities(),
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${appUrl}/api/auth/callback/ehealth`],
        post_logout_redirect_uris: [`${appUrl}/login?signedOut=1`, `${appUrl}/`],
      },
    ],
  });
  // The app server (a child process) reads the issuer from its environment.
  process.env.EHEALTH_ISSUER = simulator.url;
  console.log(`eHealth simulator (demo, loopback only): ${simulator.url}`);
  return simulator.close;
}

/** scripts/serve.mjs: `next start` plus the socket address of each request (login rate limit). */
function serve(port: string, host: string): ChildProcess {
  const child = spawn(process.execPath, [path.join(projectRoot, "scripts/serve.mjs"), "--port", port, "--hostname", host], {
    stdio: "inherit",
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: "production" },
  });
  console.log(`WBCR: http://${host}:${port}`);
  return child;
}

/** Stops the start (before anything else happens) when the configuration is malformed or, in production, unsafe. */
function checkConfiguration(): void {
  readSettings();
  const mode = wbcrMode();
  if (mode === "production") {
    const { problems, warnings } = checkProductionConfiguration();
    if (problems.length > 0) {
      console.error(refusalMessage(problems));
      process.exit(EXIT_REFUSED);
    }
    for (const warning of warnings) console.warn(`WARNING: ${warning}`);
  }
  console.log(`WBCR ${mode} mode, effective configuration:\n${effectiveConfiguration().join("\n")}`);
}

async function main(): Promise<void> {
  try {
    checkConfiguration();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(`WBCR refuses to start: ${error.problems.join("; ")}`);
    process.exit(EXIT_MALFORMED);
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const demo = wbcrMode() === "demo";
  if (!existsSync(path.join(projectRoot, "generated/prisma/client.ts"))) run("node", ["scripts/prisma-generate.mjs"]);
  await buildIfNeeded();
  await prepareDatabase(process.argv.includes("--fresh"));
  const settings = readSettings();
  const port = String(settings.PORT ?? 3000);
  const host = settings.HOSTNAME ?? "localhost";
  // Demo defaults; production has checked that both are set (and never generates a secret).
  if (demo) {
    process.env.NEXTAUTH_URL ??= `http://${host}:${port}`;
    const { ensureAuthSecret } = await import("@/lib/access/auth-secret");
    ensureAuthSecret();
  }
  const closeSimulator = demo ? await startSimulatorUnlessConfigured(readSettings().NEXTAUTH_URL ?? "") : null;
  const app = serve(port, host);
  const stop = (signal: NodeJS.Signals) => app.kill(signal);
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  app.on("exit", (code) => {
    void (closeSimulator?.() ?? Promise.resolve()).finally(() => process.exit(code ?? 0));
  });
}

// Imported by the load and fault harnesses (perf/) for the build and database steps only.
if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error("start failed:", error);
    process.exit(3);
  });
}
