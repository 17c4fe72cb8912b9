/**
 * Work that must run on one node at a time when several nodes share one PostgreSQL database:
 * the daily retention job (and anything else periodic), and the migrations at start. A
 * session-level PostgreSQL advisory lock on a connection of its own, held while the work runs and
 * released with the connection, so a node that dies mid-run frees it at once.
 *
 * The embedded PGlite database is opened by one process only: there the work simply runs.
 */
import pg from "pg";
import { databaseConfig, type DatabaseConfig } from "./config";

/** First half of every WBCR advisory lock key ("WBCR" in ASCII), so other users of the database do not collide. */
const LOCK_NAMESPACE = 0x57424352;

export type LockedRun<T> = { ran: true; value: T } | { ran: false };

export interface ClusterLock {
  /** Runs `work` unless another node holds the lock right now (then it returns `{ ran: false }`). */
  tryRun<T>(name: string, work: () => Promise<T>): Promise<LockedRun<T>>;
  /** Waits for the lock, then runs `work` (migrations: every node waits for the first). */
  run<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export function clusterLock(config: DatabaseConfig = databaseConfig()): ClusterLock {
  if (config.kind === "pglite") {
    return {
      tryRun: async (_name, work) => ({ ran: true, value: await work() }),
      run: (_name, work) => work(),
    };
  }
  const url = config.url;
  async function locked<T>(name: string, wait: boolean, work: () => Promise<T>): Promise<LockedRun<T>> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      if (wait) {
        await client.query("SELECT pg_advisory_lock($1, hashtext($2))", [LOCK_NAMESPACE, name]);
      } else {
        const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked", [LOCK_NAMESPACE, name]);
        if (!rows[0]?.locked) return { ran: false };
      }
      try {
        return { ran: true, value: await work() };
      } finally {
        await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", [LOCK_NAMESPACE, name]);
      }
    } finally {
      await client.end();
    }
  }
  return {
    tryRun: (name, work) => locked(name, false, work),
    run: async (name, work) => {
      const outcome = await locked(name, true, work);
      if (!outcome.ran) throw new Error(`lock ${name} not taken`);
      return outcome.value;
    },
  };
}
