/**
 * The application as production runs it: `scripts/start.ts` (next build when the sources changed
 * since the last build, then next start), on the bench's database, with the bench-only floor
 * route mounted and the rate limits off (the load would trip them).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { openSync } from "node:fs";
import path from "node:path";

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  simulatorPort: number;
  env: Record<string, string>;
  logFile: string;
}

export async function startServer({ port, simulatorPort, env, logFile }: ServerOptions): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    WBCR_MODE: "demo",
    NEXTAUTH_URL: origin,
    EHEALTH_SIM_PORT: String(simulatorPort),
    WBCR_BENCH_ROUTES: "1",
    WBCR_RATE_LIMIT_LOGIN: "0",
    WBCR_RATE_LIMIT_SEARCH: "0",
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  };
  // An empty value means "not set" (e.g. no DATABASE_URL for PGlite).
  for (const [key, value] of Object.entries(childEnv)) if (value === "") delete childEnv[key];
  const log = openSync(logFile, "a");
  const child = spawn(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    env: childEnv,
    stdio: ["ignore", log, log],
    detached: true, // its own process group, so stopping it stops next start and the simulator too
  });
  const exited = once(child, "exit");
  let dead = false;
  void exited.then(() => (dead = true));
  const stop = async () => {
    if (dead || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => !dead && process.kill(-child.pid!, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 15 * 60_000; // a build may come first
  while (Date.now() < deadline) {
    if (dead) throw new Error(`the server exited before answering; see ${logFile}`);
    const healthy = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the server did not answer within 15 minutes; see ${logFile}`);
}
