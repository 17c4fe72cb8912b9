"use server";

/**
 * The campus page's actions: parse the form with the shared schema → read the session → one use
 * case (which checks access itself) → a typed result of keys of the "campuses" catalogue.
 */
import { revalidatePath } from "next/cache";
import { readSessionContext } from "@/lib/access/verify-session";
import type { SessionContext } from "@/lib/access/session-context";
import type { ActionResult, ActionState } from "@/lib/access-management/action-result";
import { formDataObject } from "@/lib/access-management/schemas";
import { addCampus } from "@/lib/campuses/add-campus";
import { renameCampus } from "@/lib/campuses/rename-campus";
import type { CampusError, CampusResult } from "@/lib/campuses/result";
import { ZAddCampus, ZRenameCampus, ZSetCampusActive } from "@/lib/campuses/schemas";
import { setCampusActive } from "@/lib/campuses/set-campus-active";
import { translatedFieldErrors, type FieldErrors } from "@/lib/validation/field-errors";

const pagePath = "/access-management/campuses";

function failed(error: CampusError, fieldErrors?: FieldErrors): ActionResult {
  if (fieldErrors && Object.keys(fieldErrors).length > 0) {
    const { _form: formErrors, ...fields } = fieldErrors;
    // The field says what is wrong; the form's message only points at the fields.
    return { ok: false, fieldErrors: fields, formError: formErrors?.[0] ?? "errors.invalidInput" };
  }
  return { ok: false, formError: `errors.${error}` };
}

async function run<T>(perform: (context: SessionContext) => Promise<CampusResult<T>>, onSuccess: (data: T) => ActionResult): Promise<ActionResult> {
  const context = await readSessionContext();
  if (!context) return { ok: false, formError: "errors.signedOut" };
  let result: CampusResult<T>;
  try {
    result = await perform(context);
  } catch (error) {
    console.error("campus action failed", error);
    return { ok: false, formError: "errors.unexpected" };
  }
  if (!result.ok) return failed(result.error, result.fieldErrors);
  revalidatePath(pagePath);
  return onSuccess(result.data);
}

export async function addCampusAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = ZAddCampus.safeParse(formDataObject(formData));
  if (!parsed.success) return failed("invalidInput", translatedFieldErrors(parsed.error));
  return run(
    (context) => addCampus(context, parsed.data),
    (campus) => ({ ok: true, notice: { key: "notices.added", values: { siteNumber: campus.siteNumber, name: campus.name } } }),
  );
}

export async function renameCampusAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = ZRenameCampus.safeParse(formDataObject(formData));
  if (!parsed.success) return failed("invalidInput", translatedFieldErrors(parsed.error));
  return run(
    (context) => renameCampus(context, parsed.data),
    (campus) => ({ ok: true, notice: { key: campus.changed ? "notices.renamed" : "notices.unchanged", values: { siteNumber: campus.siteNumber, name: campus.name } } }),
  );
}

export async function setCampusActiveAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = ZSetCampusActive.safeParse(formDataObject(formData));
  if (!parsed.success) return failed("invalidInput", translatedFieldErrors(parsed.error));
  return run(
    (context) => setCampusActive(context, parsed.data),
    (campus) => ({ ok: true, notice: { key: campus.active ? "notices.reactivated" : "notices.deactivated", values: { siteNumber: campus.siteNumber, name: campus.name } } }),
  );
}
