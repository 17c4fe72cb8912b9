/**
 * The secret that encrypts the session cookie. Production sets NEXTAUTH_SECRET; the embedded
 * default (npm start, tests) writes a random one to .data/ once, so restarts keep sessions.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function ensureAuthSecret(env: NodeJS.ProcessEnv = process.env, dataDir = path.join(process.cwd(), ".data")): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
  return env.NEXTAUTH_SECRET;
}
