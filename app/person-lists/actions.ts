"use server";

/**
 * Thin wrappers: parse the input with the shared schema → read the session → one use case (which
 * checks access itself) → a typed result of catalogue keys ("personLists" namespace).
 */
import { revalidatePath } from "next/cache";
import { readSessionContext } from "@/lib/access/verify-session";
import type { SessionContext } from "@/lib/access/session-context";
import { formDataObject } from "@/lib/access-management/schemas";
import { failedAction, type ActionResult, type ActionState, type AddActionResult, type SearchActionResult } from "@/lib/person-lists/action-result";
import { addPersonListEntry } from "@/lib/person-lists/add-person-list-entry";
import { correctPersonListEntry } from "@/lib/person-lists/correct-person-list-entry";
import { removePersonListEntry } from "@/lib/person-lists/remove-person-list-entry";
import type { PersonListResult } from "@/lib/person-lists/result";
import {
  ZAddPersonListEntry,
  ZCorrectPersonListEntry,
  ZRemovePersonListEntry,
  ZSearchPersonList,
} from "@/lib/person-lists/schemas";
import { searchPersonList } from "@/lib/person-lists/search-person-list";
import { translatedFieldErrors } from "@/lib/validation/field-errors";

const pagePath = "/person-lists";

const fullName = (entry: { firstName: string; lastName: string }) => `${entry.firstName} ${entry.lastName}`;

/** Runs a use case for the signed-in user; unexpected failures become a generic message. */
async function run<T>(perform: (context: SessionContext) => Promise<PersonListResult<T>>): Promise<PersonListResult<T> | ActionResult & { ok: false }> {
  const context = await readSessionContext();
  if (!context) return { ok: false, formError: "errors.signedOut" };
  try {
    return await perform(context);
  } catch (error) {
    console.error("person list action failed", error);
    return { ok: false, formError: "errors.unexpected" };
  }
}

function refusal<T>(result: PersonListResult<T> | (ActionResult & { ok: false })): ActionResult & { ok: false } {
  if (result.ok) throw new Error("not a refusal");
  return "error" in result ? failedAction(result.error, result.fieldErrors) : result;
}

/** Autocomplete of a person field: the caller's hospital list `listKey`, by name or number prefix. */
export async function searchPersonListAction(listKey: string, query: string): Promise<SearchActionResult> {
  const parsed = ZSearchPersonList.safeParse({ listKey, query });
  if (!parsed.success) return { ok: false, formError: "errors.invalidInput" };
  const result = await run((context) => searchPersonList(context, parsed.data));
  if (!result.ok) return { ok: false, formError: refusal(result).formError ?? "errors.unexpected" };
  return { ok: true, entries: result.data };
}

/** A physician typed in a person field: added to the list, or the entry with that number reused. */
export async function addPersonListEntryAction(input: unknown): Promise<AddActionResult> {
  const parsed = ZAddPersonListEntry.safeParse(input);
  if (!parsed.success) return failedAction("invalidInput", translatedFieldErrors(parsed.error));
  const result = await run((context) => addPersonListEntry(context, parsed.data));
  if (!result.ok) return refusal(result);
  revalidatePath(pagePath);
  return { ok: true, entry: result.data.entry, created: result.data.created };
}

/** The list page's "add a physician" form. */
export async function addPersonListEntryFormAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const result = await addPersonListEntryAction(formDataObject(formData));
  if (!result.ok) return result;
  return { ok: true, notice: { key: result.created ? "notices.added" : "notices.alreadyListed", values: { name: fullName(result.entry) } } };
}

export async function correctPersonListEntryAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = ZCorrectPersonListEntry.safeParse(formDataObject(formData));
  if (!parsed.success) return failedAction("invalidInput", translatedFieldErrors(parsed.error));
  const result = await run((context) => correctPersonListEntry(context, parsed.data));
  if (!result.ok) return refusal(result);
  revalidatePath(pagePath);
  const name = fullName(result.data.entry);
  return { ok: true, notice: { key: result.data.changed.length > 0 ? "notices.corrected" : "notices.unchanged", values: { name } } };
}

export async function removePersonListEntryAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = ZRemovePersonListEntry.safeParse(formDataObject(formData));
  if (!parsed.success) return failedAction("invalidInput", translatedFieldErrors(parsed.error));
  const result = await run((context) => removePersonListEntry(context, parsed.data));
  if (!result.ok) return refusal(result);
  revalidatePath(pagePath);
  return { ok: true, notice: { key: "notices.removed", values: { name: fullName(result.data) } } };
}
