"use server";

import { readSessionContext } from "@/lib/access/verify-session";
import { saveTumourDecision } from "@/lib/registrations/save-tumour-decision";

/** The summary's decision on one "may already be registered" hint (the use case parses the input). */
export async function decideTumourHintAction(input: unknown): Promise<{ ok: true } | { ok: false; code: string }> {
  const result = await saveTumourDecision(await readSessionContext(), input);
  if (result.ok) return { ok: true };
  return { ok: false, code: result.fieldErrors?.comment ? "comment_required" : result.code };
}
