/**
 * Several nodes on one PostgreSQL database: periodic work runs on one node at a time. Each
 * "node" here is its own database client (its own connection and advisory-lock session), as two
 * app processes would have. PGlite is one process by construction: nothing to show there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterLock } from "@/lib/db/cluster-lock";
import { startRetentionSchedule } from "@/lib/retention/retention-schedule";
import { createTestDb, type TestDb } from "../support/test-db";

const onPostgres = !!process.env.DATABASE_URL;

describe.skipIf(!onPostgres)("cluster lock on PostgreSQL", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb.close();
  });

  it("lets exactly one of two racing nodes run the work, and the other once it is free", async () => {
    const nodeA = clusterLock(testDb.config);
    const nodeB = clusterLock(testDb.config);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const aEntered = new Promise<void>((resolve) => (entered = resolve));
    const runs: string[] = [];

    const a = nodeA.tryRun("test-job", async () => {
      runs.push("A");
      entered();
      await held;
      return "A";
    });
    await aEntered;
    expect(await nodeB.tryRun("test-job", async () => runs.push("B"))).toEqual({ ran: false });
    release();
    expect(await a).toEqual({ ran: true, value: "A" });
    expect(await nodeB.tryRun("test-job", async () => runs.push("B"))).toMatchObject({ ran: true });
    expect(runs).toEqual(["A", "B"]);
  });

  it("runs many simultaneous attempts one at a time, never two at once", async () => {
    const nodes = Array.from({ length: 6 }, () => clusterLock(testDb.config));
    let inside = 0;
    let most = 0;
    const outcomes = await Promise.all(
      nodes.map((node) =>
        node.run("migrations-like", async () => {
          inside += 1;
          most = Math.max(most, inside);
          await new Promise((resolve) => setTimeout(resolve, 50));
          inside -= 1;
          return true;
        }),
      ),
    );
    expect(outcomes).toEqual(nodes.map(() => true));
    expect(most).toBe(1);
  });

  it("skips the retention job on a node while another node runs it", async () => {
    const other = await testDb.anotherClient();
    const log: string[] = [];
    const schedule = startRetentionSchedule({ db: () => other.db, lock: clusterLock(testDb.config), log: (line) => log.push(line), firstRunDelayMs: 3_600_000 });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let entered!: () => void;
      const running = new Promise<void>((resolve) => (entered = resolve));
      // The first node's run, holding the lock.
      const first = clusterLock(testDb.config).tryRun("retention", async () => {
        entered();
        await held;
      });
      await running;
      expect(await schedule.runNow()).toBeNull();
      expect(log).toContain("retention: another node is running the job; skipped here");
      release();
      await first;
      expect(await schedule.runNow()).not.toBeNull();
      const runs = await testDb.db.auditEvent.count({ where: { action: "retention.run" } });
      expect(runs).toBe(1);
    } finally {
      schedule.stop();
      await other.close();
    }
  });
});

describe.skipIf(onPostgres)("cluster lock on PGlite", () => {
  it("simply runs the work (one process holds the database)", async () => {
    expect(await clusterLock({ kind: "pglite", dataDir: "memory://" }).tryRun("x", async () => 42)).toEqual({ ran: true, value: 42 });
  });
});
