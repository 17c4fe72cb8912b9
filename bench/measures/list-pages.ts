/**
 * 3. The Saved and Sent list pages, server-rendered over HTTP for a specialist (first page, 25
 * rows), with two users loading them at the same time.
 */
import { measure, type Measure } from "../report/results";
import { summariseLatencies } from "../report/stats";
import { runLoad } from "../http/load";

export async function measureListPages(origin: string, cookie: string, seconds: number): Promise<Measure[]> {
  const measures: Measure[] = [];
  for (const tab of ["saved", "sent"] as const) {
    const url = `${origin}/modules/srt/registrations?tab=${tab}`;
    const probe = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
    const html = await probe.text();
    // A login redirect or an empty list would make the figure meaningless.
    if (probe.status !== 200 || !/\/registrations\/[0-9a-f-]{36}/.test(html)) throw new Error(`${tab} list did not render registrations (${probe.status})`);
    await runLoad({ url, connections: 2, seconds: 2, headers: { Cookie: cookie } });
    const load = await runLoad({ url, connections: 2, seconds, headers: { Cookie: cookie } });
    const summary = summariseLatencies(load.latenciesMs);
    const label = tab === "saved" ? "Saved list page: p95" : "Sent list page: p95";
    measures.push(
      measure(`lists.${tab}.p95`, label, summary.p95, "ms", { comparison: "<=", value: 150 }, `${load.ok} pages, 2 users, p50 ${summary.p50} ms${load.failed ? `, ${load.failed} failed` : ""}`),
    );
  }
  return measures;
}
