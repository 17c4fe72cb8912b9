import { benchRoutesEnabled, insertFloorPayload } from "@/lib/bench/floor";

export const dynamic = "force-dynamic";

/** Benchmark floor (bench/measures/save-draft.ts): absent unless WBCR_BENCH_ROUTES=1. */
export async function POST(request: Request): Promise<Response> {
  if (!benchRoutesEnabled()) return new Response("Not found", { status: 404 });
  await insertFloorPayload(await request.text());
  return new Response(null, { status: 204 });
}
