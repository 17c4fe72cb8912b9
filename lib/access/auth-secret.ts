/**
 * The secret that encrypts the session cookie. Production sets NEXTAUTH_SECRET (and refuses to
 * start without it); the demo writes a random one to .data/ once, so restarts keep sessions.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isProduction } from "@/lib/config/mode";
import { readSettings } from "@/lib/config/settings";

/** Sets NEXTAUTH_SECRET in `env` (next-auth reads it there) and returns it. */
export function ensureAuthSecret(env: NodeJS.ProcessEnv = process.env, dataDir = path.join(process.cwd(), ".data")): string {
  const configured = readSettings(env).NEXTAUTH_SECRET;
  if (configured) return configured;
  if (isProduction(env)) throw new Error("NEXTAUTH_SECRET is required in production (npm run keys:new)");
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, newAuthSecret(), { mode: 0o600 });
  }
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
  return env.NEXTAUTH_SECRET;
}

export function newAuthSecret(): string {
  return randomBytes(32).toString("base64url");
}
