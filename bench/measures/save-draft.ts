/**
 * 1. Save draft at 20 concurrent users, through the real server action over HTTP, against two
 * floors: a bare route handler doing one INSERT of the same payload through the same pool, and
 * a server action doing that one INSERT (the framework's own cost of a server action).
 *
 * autocannon carries the per-user state: its per-connection context lives for one request
 * (setupRequest → onResponse), which is all that is needed. Each request takes a user who has
 * nothing in flight from a shared list and gives them back with the version the server returned,
 * so twenty users each save their own draft one save after the other, as twenty browsers would.
 */
import { round, summariseLatencies } from "../report/stats";
import { measure, type Measure } from "../report/results";
import { runLoad } from "../http/load";
import { actionHeaders, actionResult, serverActionId } from "../http/server-actions";
import type { Fixtures } from "../seed/fixtures";

interface Saver {
  draftId: string;
  cookie: string;
  version: number;
}

export async function measureSaveDraft(origin: string, fixtures: Fixtures, cookies: string[], seconds: number): Promise<Measure[]> {
  const actionId = serverActionId("saveDraftAction", "/registrations/[id]");
  const savers: Saver[] = fixtures.savers.map((s, i) => ({ draftId: s.draftId, cookie: cookies[i]!, version: 1 }));
  const idle = savers.map((_, i) => i);
  let refused = 0;
  // A fixed number of saves, not a duration: a run cut off by the clock would leave saves in
  // flight whose new version nobody read, and the next run would start stale.
  const saveLoad = (amount: number) =>
    runLoad({
      url: origin,
      connections: savers.length,
      amount,
      requests: [
        {
          method: "POST",
          setupRequest: (request, context) => {
            const index = idle.pop();
            if (index === undefined) throw new Error("no idle user: more connections than users");
            const saver = savers[index]!;
            context.saver = index;
            return {
              ...request,
              path: `/registrations/${saver.draftId}`,
              headers: actionHeaders(actionId, origin, saver.cookie),
              body: JSON.stringify([{ id: saver.draftId, version: saver.version, formData: fixtures.formData }]),
            };
          },
          onResponse: (status, body, context) => {
            const index = context.saver as number;
            const result = actionResult(body) as { ok?: boolean; data?: { version?: number } } | undefined;
            if (status === 200 && result?.ok && typeof result.data?.version === "number") savers[index]!.version = result.data.version;
            else refused += 1;
            idle.push(index);
          },
        },
      ],
    });

  const warmUp = await saveLoad(savers.length * 10); // JIT, connection pool, caches
  refused = 0;
  const amount = Math.max(savers.length * 20, Math.round((warmUp.throughput * seconds) / savers.length) * savers.length);
  const save = await saveLoad(amount);
  const payload = JSON.stringify([{ id: fixtures.savers[0]!.draftId, version: 1, formData: fixtures.formData }]);
  const floor = await runLoad({
    url: `${origin}/api/bench/floor`,
    connections: savers.length,
    seconds,
    method: "POST",
    headers: { "Content-Type": "text/plain;charset=UTF-8" },
    body: payload,
  });
  if (floor.ok === 0) throw new Error("the floor route answered no request successfully (WBCR_BENCH_ROUTES=1? bench_floor table?)");
  const floorActionId = serverActionId("benchFloorAction", "/bench/floor");
  const actionFloor = await runLoad({
    url: `${origin}/bench/floor`,
    connections: savers.length,
    seconds,
    method: "POST",
    headers: actionHeaders(floorActionId, origin, ""),
    body: payload,
  });
  if (actionFloor.ok === 0) throw new Error("the floor server action answered no request successfully");
  const latency = summariseLatencies(save.latenciesMs);
  const failures = save.failed + refused;
  const note = `${save.ok.toLocaleString("en-GB")} saves in ${round(save.seconds)} s${failures ? `, ${failures} refused or failed` : ""}; floor ${round(floor.throughput)} inserts/s (p95 ${summariseLatencies(floor.latenciesMs).p95} ms); server-action floor ${round(actionFloor.throughput)} inserts/s (p95 ${summariseLatencies(actionFloor.latenciesMs).p95} ms)`;
  return [
    measure("save.p50", "Save draft, 20 users: p50", latency.p50, "ms", null, note),
    measure("save.p95", "Save draft, 20 users: p95", latency.p95, "ms", { comparison: "<=", value: 50 }),
    measure("save.throughput", "Save draft, 20 users: throughput", round(save.throughput), "saves/s", null),
    measure("save.floorRatio", "Save throughput / floor (one INSERT)", round((100 * save.throughput) / floor.throughput), "%", { comparison: ">=", value: 50 }),
    measure("save.actionFloorRatio", "Save throughput / server-action floor (one INSERT)", round((100 * save.throughput) / actionFloor.throughput), "%", null),
    measure("save.actionFloorShare", "Server-action floor / route floor", round((100 * actionFloor.throughput) / floor.throughput), "%", null),
  ];
}
