"use server";

/**
 * Thin wrappers: parse the form with the shared schema → read the session → one use case (which
 * checks access itself and works in one transaction) → a typed result of catalogue keys.
 */
import { revalidatePath } from "next/cache";
import { readSessionContext } from "@/lib/access/verify-session";
import { failedAction, type ActionResult, type ActionState } from "@/lib/access-management/action-result";
import { addMember } from "@/lib/access-management/add-member";
import { linkPhysician } from "@/lib/access-management/link-physician";
import { removeLink } from "@/lib/access-management/remove-link";
import type { AccessManagementResult } from "@/lib/access-management/result";
import {
  formDataObject,
  ZAddMember,
  ZLinkPhysician,
  ZRemoveLink,
  ZSetMembershipActive,
} from "@/lib/access-management/schemas";
import { setMembershipActive } from "@/lib/access-management/set-membership-active";
import type { SessionContext } from "@/lib/access/session-context";
import { formatInsz } from "@/lib/patients/insz";
import { translatedFieldErrors } from "@/lib/validation/field-errors";

const pagePath = "/access-management";

/** Runs a use case for the signed-in user; unexpected failures become a generic message. */
async function run<T>(
  perform: (context: SessionContext) => Promise<AccessManagementResult<T>>,
  onSuccess: (data: T) => ActionResult,
): Promise<ActionResult> {
  const context = await readSessionContext();
  if (!context) return { ok: false, formError: "errors.signedOut" };
  let result: AccessManagementResult<T>;
  try {
    result = await perform(context);
  } catch (error) {
    console.error("access management action failed", error);
    return { ok: false, formError: "errors.unexpected" };
  }
  if (!result.ok) return failedAction(result.error, result.fieldErrors);
  revalidatePath(pagePath);
  return onSuccess(result.data);
}

export async function addMemberAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = ZAddMember.safeParse(formDataObject(formData));
  if (!parsed.success) return failedAction("invalidInput", translatedFieldErrors(parsed.error));
  const input = parsed.data;
  return run(
    (context) => addMember(context, input),
    (data): ActionResult => {
      if (data.personCreated) return { ok: true, notice: { key: "notices.personCreated", values: { name: `${input.firstName} ${input.lastName}` } } };
      return { ok: true, notice: { key: "notices.existingPersonAdded", values: { insz: formatInsz(input.insz) } } };
    },
  );
}

export async function setMembershipActiveAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = ZSetMembershipActive.safeParse(formDataObject(formData));
  if (!parsed.success) return failedAction("invalidInput", translatedFieldErrors(parsed.error));
  const input = parsed.data;
  return run(
    (context) => setMembershipActive(context, input),
    (data) => ({ ok: true, notice: { key: data.active ? "notices.reactivated" : "notices.deactivated" } }),
  );
}

export async function linkPhysicianAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = ZLinkPhysician.safeParse(formDataObject(formData));
  if (!parsed.success) return failedAction("invalidInput", translatedFieldErrors(parsed.error));
  const input = parsed.data;
  return run(
    (context) => linkPhysician(context, input),
    () => ({ ok: true, notice: { key: "notices.linked" } }),
  );
}

export async function removeLinkAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = ZRemoveLink.safeParse(formDataObject(formData));
  if (!parsed.success) return failedAction("invalidInput", translatedFieldErrors(parsed.error));
  const input = parsed.data;
  return run(
    (context) => removeLink(context, input),
    () => ({ ok: true, notice: { key: "notices.unlinked" } }),
  );
}
