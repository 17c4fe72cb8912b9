"use server";

/**
 * Server actions of the registration pages: each parses nothing itself but hands the raw input
 * to `runCommand` (zod schema → session → use case), so the checks are the same for every caller.
 */
import { redirect } from "next/navigation";
import { readSessionContext } from "@/lib/access/verify-session";
import { checkRegistration } from "@/lib/registrations/check-registration";
import { runCommand } from "@/lib/registrations/commands";
import type { Result } from "@/lib/registrations/result";
import type { Sent } from "@/lib/registrations/send-registration";
import { describeIssues, type DescribedIssue } from "./describe-issues";

export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; code: string; issues?: DescribedIssue[]; fieldErrors?: Record<string, string[]> };

async function toActionResult<T>(result: Result<T>): Promise<ActionResult<T>> {
  if (result.ok) return result;
  return { ok: false, code: result.code, fieldErrors: result.fieldErrors, issues: result.issues ? await describeIssues(result.issues, result.source) : undefined };
}

export async function saveDraftAction(input: unknown): Promise<ActionResult<{ version: number; savedAt: Date }>> {
  const result = await runCommand("save", input, await readSessionContext());
  return toActionResult(result as Result<{ version: number; savedAt: Date }>);
}

/**
 * Form "Next": saves, records the server's validation (F-REG-2), then shows the summary. The
 * summary page itself (a GET) only reads.
 */
export async function saveAndCheckAction(input: unknown): Promise<ActionResult> {
  const context = await readSessionContext();
  const result = await runCommand("save", input, context);
  if (!result.ok) return toActionResult(result);
  const { id } = input as { id: string };
  await checkRegistration(context, id);
  redirect(`/registrations/${id}/summary`);
}

export async function sendAction(input: unknown, print: boolean): Promise<ActionResult<{ reference: string }>> {
  const context = await readSessionContext();
  const result = await runCommand("send", input, context);
  if (!result.ok) return toActionResult(result) as Promise<ActionResult<{ reference: string }>>;
  const { id } = input as { id: string };
  // A second send (other tab, double click) changed nothing: the page says "already sent".
  const sent = (result.data as Sent).alreadySent ? "already" : "1";
  redirect(`/registrations/${id}/summary?sent=${sent}${print ? "&print=1" : ""}`);
}

/**
 * Summary "Save" (manual §5.1): keeps the comments typed for warnings with the draft, then opens
 * the saved list; the draft itself was saved by the form's "Next".
 */
export async function saveConfirmationsAction(input: unknown): Promise<ActionResult> {
  const context = await readSessionContext();
  const result = await runCommand("confirmWarnings", input, context);
  if (!result.ok) return toActionResult(result);
  redirect(`/modules/${(result.data as { moduleId: string }).moduleId}/registrations?tab=saved`);
}

export async function createCorrectedVersionAction(id: unknown): Promise<ActionResult> {
  const result = await runCommand("correct", { id }, await readSessionContext());
  if (!result.ok) return toActionResult(result);
  redirect(`/registrations/${(result.data as { id: string }).id}`);
}

/** Moving on from a read-only page changes nothing: just open the form. */
export async function openRegistrationAction(id: unknown): Promise<void> {
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) redirect("/");
  redirect(`/registrations/${id}`);
}
