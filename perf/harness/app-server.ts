/**
 * One production app server (`next start`) as a direct child, so a fault run can kill -9 the very
 * process that serves requests and start it again on the same port and database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/db/migrations";

export interface AppServerOptions {
  port: number;
  /** The address browsers use (the proxy's when behind one). */
  publicUrl: string;
  env: Record<string, string>;
  /** Where its output goes (appended): perf/results/<name>.log. */
  name: string;
}

export class AppServer {
  private child: ChildProcess | null = null;

  constructor(private readonly options: AppServerOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(extraEnv: Record<string, string> = {}): Promise<void> {
    const logDir = path.join(projectRoot, "perf/results");
    mkdirSync(logDir, { recursive: true });
    const log = createWriteStream(path.join(logDir, `${this.options.name}.log`), { flags: "a" });
    const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");
    const child = spawn(process.execPath, [nextBin, "start", "-p", String(this.options.port), "-H", "127.0.0.1"], {
      cwd: projectRoot,
      env: { ...process.env, ...this.options.env, ...extraEnv, PORT: String(this.options.port), NEXTAUTH_URL: this.options.publicUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    await waitUntilHealthy(this.url, child);
  }

  /** SIGKILL: no shutdown hooks, open transactions cut mid-way. */
  async kill9(): Promise<void> {
    await this.stop("SIGKILL");
  }

  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill(signal);
    await exited;
  }
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app server on ${url} exited (${child.exitCode}); see perf/results/*.log`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`app server on ${url} not healthy after ${timeoutMs / 1000} s`);
}
