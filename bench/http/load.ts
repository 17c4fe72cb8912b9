/**
 * HTTP load with autocannon: N keep-alive connections, each sending its next request as soon as
 * the previous answer arrived, for a fixed time. Every response's latency is kept, so the
 * percentiles come from all samples (autocannon's own summary has no p95).
 */
import autocannon, { type AutocannonRequest } from "autocannon";

export interface LoadOptions {
  url: string;
  connections: number;
  /** Either a duration, or `amount` requests in all (every answer is then awaited). */
  seconds?: number;
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Per-request setup (e.g. the draft and version to save) and what to learn from the answer. */
  requests?: AutocannonRequest[];
}

export interface LoadResult {
  latenciesMs: number[];
  ok: number;
  failed: number;
  seconds: number;
  /** Successful responses per second. */
  throughput: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let ok = 0;
  let failed = 0;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    pipelining: 1,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    timeout: 30,
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.body,
    requests: options.requests,
  });
  instance.on("response", (_client: unknown, status: number, _bytes: number, responseTimeMs: number) => {
    if (status >= 200 && status < 300) {
      ok += 1;
      latenciesMs.push(responseTimeMs);
    } else {
      failed += 1;
    }
  });
  const result = await instance;
  failed += result.errors + result.timeouts;
  const seconds = result.duration;
  return { latenciesMs, ok, failed, seconds, throughput: ok / seconds };
}

/** Sequential requests, one at a time: for pages whose latency, not throughput, is the target. */
export async function timeRequests(count: number, send: (i: number) => Promise<Response>): Promise<{ latenciesMs: number[]; failed: number }> {
  const latenciesMs: number[] = [];
  let failed = 0;
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const response = await send(i);
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (response.ok) latenciesMs.push(elapsed);
    else failed += 1;
  }
  return { latenciesMs, failed };
}
