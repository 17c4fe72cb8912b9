/**
 * `npm start`: builds if needed, migrates, seeds the embedded demo on first start, starts the
 * eHealth simulator unless a real issuer is configured (EHEALTH_ISSUER), and serves the app
 * (default http://localhost:3000).
 *   --fresh   start from an empty embedded database (used by the end-to-end tests)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { ensureAuthSecret } from "@/lib/access/auth-secret";
import { createDb } from "@/lib/db/client";
import { databaseConfig, describeDatabase } from "@/lib/db/config";
import { projectRoot } from "@/lib/db/migrations";
import { isDemoSeeded, seedDemo, seedDemoRegistrations } from "@/lib/db/seed";
import { rateLimitNames, rateLimitPerMinute } from "@/lib/security/rate-limits";
import loadDemoIdentities from "@/simulator/ehealth/identities";
import { startEhealthSimulator } from "@/simulator/ehealth/server";
import { migrate } from "./migrate";

const sourceFolders = ["app", "components", "lib", "messages", "public", "generated"];
const sourceFiles = ["next.config.mjs", "package.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation.ts"];

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

export async function prepareDatabase(fresh: boolean): Promise<void> {
  const config = databaseConfig();
  if (fresh && config.kind === "pglite" && !config.dataDir.startsWith("memory://")) {
    rmSync(config.dataDir, { recursive: true, force: true });
  }
  await migrate();
  const shouldSeed = config.kind === "pglite" || process.env.WBCR_DEMO_SEED === "1";
  if (!shouldSeed) return;
  const { db, close } = createDb(config);
  try {
    if (!(await isDemoSeeded(db))) {
      console.log(`seed: first start, adding the demo data to ${describeDatabase(config)} …`);
      await seedDemo(db);
      const registrations = await seedDemoRegistrations(db, Number(process.env.WBCR_DEMO_REGISTRATIONS ?? 360));
      console.log(`seed: ${registrations} demo registrations`);
    }
  } finally {
    await close();
  }
}

/** The local eHealth simulator stands in for the real identity provider unless one is configured. */
async function startSimulatorUnlessConfigured(appUrl: string): Promise<(() => Promise<void>) | null> {
  if (process.env.EHEALTH_ISSUER) return null;
  const port = Number(process.env.EHEALTH_SIM_PORT ?? 4000);
  const simulator = await startEhealthSimulator({
    port,
    identities: await loadDemoIdentities(),
    clients: [
      {
        client_id: process.env.EHEALTH_CLIENT_ID ?? "wbcr-local",
        client_secret: process.env.EHEALTH_CLIENT_SECRET ?? "wbcr-local-secret",
        redirect_uris: [`${appUrl}/api/auth/callback/ehealth`],
        post_logout_redirect_uris: [`${appUrl}/login?signedOut=1`, `${appUrl}/`],
      },
    ],
  });
  process.env.EHEALTH_ISSUER = simulator.url;
  console.log(`eHealth simulator: ${simulator.url}`);
  return simulator.close;
}

/** scripts/serve.mjs: `next start` plus the socket address of each request (login rate limit). */
function serve(port: string, host: string): ChildProcess {
  const child = spawn(process.execPath, [path.join(projectRoot, "scripts/serve.mjs")], {
    stdio: "inherit",
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: "production", PORT: port, HOSTNAME: host },
  });
  console.log(`WBCR: http://${host}:${port}`);
  return child;
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // A malformed WBCR_RATE_LIMIT_* stops the start, not the first login.
  for (const name of rateLimitNames) rateLimitPerMinute(name);
  if (!existsSync(path.join(projectRoot, "generated/prisma/client.ts"))) run("node", ["scripts/prisma-generate.mjs"]);
  await buildIfNeeded();
  await prepareDatabase(process.argv.includes("--fresh"));
  const port = process.env.PORT ?? "3000";
  const host = process.env.HOSTNAME ?? "localhost";
  process.env.NEXTAUTH_URL ??= `http://${host}:${port}`;
  ensureAuthSecret();
  const closeSimulator = await startSimulatorUnlessConfigured(process.env.NEXTAUTH_URL);
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
    process.exit(1);
  });
}
