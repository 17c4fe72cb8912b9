"use server";

/**
 * Server actions of the search page (F-FIND-3). Thin wrappers: `runCommand` parses the input
 * with its zod schema, reads nothing from the browser but the session, and the use case checks
 * access (a draft the user may not delete is "not_found", a changed one "stale").
 */
import type { FindActionResult } from "@/components/find/types";
import { readSessionContext } from "@/lib/access/verify-session";
import { runCommand } from "@/lib/registrations/commands";

export async function deleteDraftFromListAction(input: unknown): Promise<FindActionResult> {
  const result = await runCommand("delete", input, await readSessionContext());
  return result.ok ? { ok: true } : { ok: false, code: result.code };
}
