/**
 * Calling a server action over HTTP as the browser does: POST to the page with the action's id
 * (looked up by its export name in the build's server reference manifest) and the arguments as
 * a JSON array.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

interface Manifest {
  node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
}

export function serverActionId(exportName: string, page: string, projectRoot = process.cwd()): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, ".next/server/server-reference-manifest.json"), "utf8")) as Manifest;
  const match = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportName && `app${page}/page` in entry.workers);
  if (!match) throw new Error(`server action ${exportName} of ${page} not in the build manifest`);
  return match[0];
}

export function actionHeaders(actionId: string, origin: string, cookie: string): Record<string, string> {
  return {
    "Next-Action": actionId,
    "Content-Type": "text/plain;charset=UTF-8",
    Accept: "text/x-component",
    Origin: origin,
    Cookie: cookie,
  };
}

/** The action's return value from the RSC answer: the line after the "0:" header line. */
export function actionResult(body: string): unknown {
  const line = body.split("\n").find((l) => l.startsWith("1:"));
  if (!line) return undefined;
  try {
    return JSON.parse(line.slice(2));
  } catch {
    return undefined;
  }
}
