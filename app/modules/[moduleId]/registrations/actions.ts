"use server";

/**
 * Server actions of the search page (F-FIND-3). Thin wrappers: `runCommand` parses the input
 * with its zod schema, reads nothing from the browser but the session, and the use case checks
 * access (a draft the user may not delete is "not_found", a changed one "stale").
 */
import { redirect } from "next/navigation";
import { findHref, type FindActionResult } from "@/components/find/types";
import { loginPath, readSessionContext } from "@/lib/access/verify-session";
import { rememberPatientSearch } from "@/lib/patients/patient-search";
import { runCommand } from "@/lib/registrations/commands";

export async function deleteDraftFromListAction(input: unknown): Promise<FindActionResult> {
  const result = await runCommand("delete", input, await readSessionContext());
  return result.ok ? { ok: true } : { ok: false, code: result.code };
}

/**
 * The search form, posted: the identifier is kept on the server (lib/patients/patient-search.ts)
 * and the list opens with only the search's id in its address, never the identifier.
 */
export async function searchPatientAction(formData: FormData): Promise<void> {
  const moduleId = formData.get("moduleId");
  const tab = formData.get("tab") === "sent" ? "sent" : "saved";
  const query = formData.get("q");
  if (typeof moduleId !== "string" || !/^[a-z0-9_-]{1,40}$/.test(moduleId)) redirect("/");
  const context = await readSessionContext();
  if (!context) redirect(loginPath(findHref(moduleId, tab)));
  const searchId = typeof query === "string" && query.trim().length <= 60 ? await rememberPatientSearch(context, query) : null;
  redirect(findHref(moduleId, tab, searchId ?? undefined));
}
