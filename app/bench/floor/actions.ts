"use server";

import { benchRoutesEnabled, insertFloorPayload } from "@/lib/bench/floor";

/**
 * The benchmark's second floor (bench/measures/save-draft.ts): a server action doing one INSERT
 * of its argument, so the report tells the framework's cost of a server action from ours.
 * Does nothing unless WBCR_BENCH_ROUTES=1.
 */
export async function benchFloorAction(payload: unknown): Promise<{ ok: boolean }> {
  if (!benchRoutesEnabled()) return { ok: false };
  await insertFloorPayload(JSON.stringify(payload ?? null));
  return { ok: true };
}
