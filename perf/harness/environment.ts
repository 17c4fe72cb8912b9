/**
 * Everything a run needs besides the app servers: a fresh migrated PostgreSQL database seeded
 * with the demo, the production build, per-run secrets, and the eHealth simulator (in this
 * process, so several app instances can share it).
 *
 * Without DATABASE_URL the commands re-run themselves under `.ci/with-postgres.sh`, which starts
 * a throw-away PostgreSQL server on 127.0.0.1:$PGPORT (default 55432).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "@/lib/db/migrations";
import { createScratchPostgres } from "@/lib/db/scratch-database";
import loadDemoIdentities from "@/simulator/ehealth/identities";
import { startEhealthSimulator } from "@/simulator/ehealth/server";
import { buildIfNeeded, prepareDatabase } from "@/scripts/start";

export interface RunEnvironment {
  databaseUrl: string;
  databaseName: string;
  /** Variables every app server of the run gets (its own PORT and NEXTAUTH_URL are added per server). */
  serverEnv: Record<string, string>;
  simulatorUrl: string;
  /** Runs `sql` on the run's database with a connection of its own. */
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Re-runs this command under .ci/with-postgres.sh when no DATABASE_URL is given; returns false then. */
export function ensurePostgres(): boolean {
  if (process.env.DATABASE_URL) return true;
  const script = path.join(projectRoot, ".ci/with-postgres.sh");
  const result = spawnSync("bash", [script, process.execPath, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit", env: process.env });
  process.exitCode = result.status ?? 1;
  return false;
}

export async function prepareEnvironment(options: { appOrigins: string[]; simulatorPort: number; demoRegistrations?: number }): Promise<RunEnvironment> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is required");
  const scratch = await createScratchPostgres(serverUrl, "wbcr_perf");
  const secrets = {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    WBCR_DATA_KEYS: `perf-1:${randomBytes(32).toString("base64")}`,
    WBCR_INDEX_KEY: randomBytes(32).toString("base64"),
  };
  // The seed below runs in this process and encrypts patients: it needs the run's keys too.
  Object.assign(process.env, secrets, {
    // A throw-away database with demo people: demo mode, although it is PostgreSQL.
    WBCR_MODE: "demo",
    DATABASE_URL: scratch.config.url,
    WBCR_DEMO_SEED: "1",
    WBCR_DEMO_REGISTRATIONS: String(options.demoRegistrations ?? 360),
    NEXT_TELEMETRY_DISABLED: "1",
  });
  await buildIfNeeded();
  await prepareDatabase(false);

  const simulator = await startEhealthSimulator({
    port: options.simulatorPort,
    identities: await loadDemoIdentities(),
    clients: [
      {
        client_id: "wbcr-local",
        client_secret: "wbcr-local-secret",
        redirect_uris: options.appOrigins.map((origin) => `${origin}/api/auth/callback/ehealth`),
        post_logout_redirect_uris: options.appOrigins.map((origin) => `${origin}/`),
      },
    ],
  });

  const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: scratch.config.url });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };

  return {
    databaseUrl: scratch.config.url,
    databaseName: new URL(scratch.config.url).pathname.slice(1),
    simulatorUrl: simulator.url,
    serverEnv: {
      ...secrets,
      WBCR_MODE: "demo",
      DATABASE_URL: scratch.config.url,
      EHEALTH_ISSUER: simulator.url,
      EHEALTH_CLIENT_ID: "wbcr-local",
      EHEALTH_CLIENT_SECRET: "wbcr-local-secret",
      WBCR_INSECURE_COOKIES: "1",
      // The load is many users from one address: the login and search rate limits would refuse it.
      WBCR_RATE_LIMIT_LOGIN: "0",
      WBCR_RATE_LIMIT_SEARCH: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    query,
    close: async () => {
      await simulator.close();
      await scratch.drop();
    },
  };
}
