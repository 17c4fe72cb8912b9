"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptTerms } from "@/lib/access/accept-terms";
import { sessionCookieName } from "@/lib/access/auth-options";
import { chooseMembership } from "@/lib/access/choose-membership";
import { choosePhysician } from "@/lib/access/choose-physician";
import { ehealthLogoutUrl } from "@/lib/access/ehealth-logout";
import { endAllSessions } from "@/lib/access/end-session";
import { getSessionExpiry } from "@/lib/access/session-expiry";
import { readSessionContext, readSessionCookie, safeReturnTo, withReturnTo } from "@/lib/access/verify-session";
import { authConfig } from "@/lib/config/auth";
import { appOrigin } from "@/lib/config/app-origin";

const ZId = z.uuid();

/** After a login step: where the user was going (the next step's page sends them on if needed). */
function continueTo(formData: FormData): string {
  return safeReturnTo(formData.get("returnTo")) ?? "/";
}

function invalidMark(formData: FormData, flag = "invalid"): string {
  return `${safeReturnTo(formData.get("returnTo")) && formData.get("returnTo") !== "/" ? "&" : "?"}${flag}=1`;
}

export async function chooseMembershipAction(formData: FormData): Promise<void> {
  const membershipId = ZId.safeParse(formData.get("membershipId"));
  const context = await readSessionContext();
  if (!context) redirect("/login");
  const ok = membershipId.success && (await chooseMembership(context, membershipId.data));
  // The header (in the root layout) shows the chosen hospital and profile: render it anew.
  if (ok) revalidatePath("/", "layout");
  redirect(ok ? continueTo(formData) : withReturnTo("/session/organisation", safeReturnTo(formData.get("returnTo"))) + invalidMark(formData));
}

export async function choosePhysicianAction(formData: FormData): Promise<void> {
  const physicianId = ZId.safeParse(formData.get("physicianMembershipId"));
  const context = await readSessionContext();
  if (!context) redirect("/login");
  const ok = physicianId.success && (await choosePhysician(context, physicianId.data));
  if (ok) revalidatePath("/", "layout");
  redirect(ok ? continueTo(formData) : withReturnTo("/session/physician", safeReturnTo(formData.get("returnTo"))) + invalidMark(formData));
}

export async function acceptTermsAction(formData: FormData): Promise<void> {
  const version = z.coerce.number().int().positive().safeParse(formData.get("version"));
  const context = await readSessionContext();
  if (!context) redirect("/login");
  const ok = version.success && (await acceptTerms(context, version.data));
  redirect(ok ? continueTo(formData) : withReturnTo("/terms", safeReturnTo(formData.get("returnTo"))) + invalidMark(formData, "stale"));
}

/** Ends every session of the person here and at eHealth (F-AUTH-7). */
export async function signOutAction(): Promise<void> {
  const cookie = await readSessionCookie();
  const context = await readSessionContext();
  if (context) await endAllSessions(context.person.id);
  (await cookies()).delete(sessionCookieName());
  redirect(await ehealthLogoutUrl(cookie?.idToken ?? null, appOrigin()));
}

/** "Stay signed in": reading the session is enough to record activity. */
export async function keepAliveAction(): Promise<{ ok: boolean; expiresAt: string | null }> {
  const context = await readSessionContext();
  return { ok: context !== null, expiresAt: context?.expiresAt.toISOString() ?? null };
}

/** When the session ends, without extending it (for the browser's timeout warning). */
export async function sessionExpiryAction(): Promise<{ expiresAt: string | null }> {
  const cookie = await readSessionCookie();
  if (!cookie) return { expiresAt: null };
  const expiresAt = await getSessionExpiry(cookie.sid, authConfig());
  return { expiresAt: expiresAt?.toISOString() ?? null };
}
