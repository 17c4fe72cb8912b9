/**
 * The two ways WBCR runs. Demo: `npm install && npm start` on the embedded database, with the
 * eHealth simulator, the demo seed and generated keys. Production: declared with
 * WBCR_MODE=production, and implied by a DATABASE_URL without WBCR_MODE=demo (the benchmark,
 * load and fault harnesses and the test suites say WBCR_MODE=demo).
 */
import { readSettings, type Env } from "./settings";

export type WbcrMode = "demo" | "production";

export function wbcrMode(env: Env = process.env): WbcrMode {
  const settings = readSettings(env);
  return settings.WBCR_MODE ?? (settings.DATABASE_URL ? "production" : "demo");
}

export function isProduction(env: Env = process.env): boolean {
  return wbcrMode(env) === "production";
}
