/**
 * Child processes for tests that run the app as an operator would: `npm start`, the standalone
 * eHealth simulator, `npm run admin`. Output goes to a log file (shown when something fails).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export type ChildEnv = Record<string, string | undefined>;

const tsx = path.join(projectRoot, "node_modules/.bin/tsx");

export interface RunningProcess {
  child: ChildProcess;
  log: string;
  output(): string;
  stop(): Promise<void>;
}

export function startProcess(script: string, args: string[], env: ChildEnv, logFile: string): RunningProcess {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = openSync(logFile, "a");
  const child = spawn(tsx, [script, ...args], { cwd: projectRoot, env: env as NodeJS.ProcessEnv, stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  return {
    child,
    log: logFile,
    output: () => readFileSync(logFile, "utf8"),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      // The whole group: tsx, the app server it spawned, next's workers.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // gone already
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a script to its end: exit code and output. */
export function runScript(script: string, args: string[], env: ChildEnv, timeoutMs = 120_000): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [script, ...args], { cwd: projectRoot, env: env as NodeJS.ProcessEnv, encoding: "utf8", timeout: timeoutMs });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number, running?: RunningProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running && running.child.exitCode !== null) throw new Error(`${what}: the process exited (${running.child.exitCode}):\n${running.output().slice(-4000)}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000} s${running ? `:\n${running.output().slice(-4000)}` : ""}`);
}

/** Whether something accepts connections on localhost:port. */
export function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "localhost" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
