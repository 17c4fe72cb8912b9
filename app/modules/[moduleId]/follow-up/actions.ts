"use server";

/** The follow-up page (F-HOME-2): find the patient's sent registrations, start a follow-up of one. */
import { redirect } from "next/navigation";
import type { FollowUpChoice } from "@/components/registration-pages/follow-up-chooser";
import { readSessionContext } from "@/lib/access/verify-session";
import { runCommand } from "@/lib/registrations/commands";
import { findFollowUpOriginals } from "@/lib/registrations/follow-up-originals";

export async function findFollowUpOriginalsAction(moduleId: string, insz: unknown): Promise<FollowUpChoice[] | null> {
  if (typeof insz !== "string" || insz.length > 40) return [];
  const originals = await findFollowUpOriginals(await readSessionContext(), moduleId, insz);
  return originals?.map((o) => ({ id: o.id, reference: o.reference, sentAt: o.sentAt.toISOString(), followUps: o.followUps })) ?? null;
}

export async function createFollowUpAction(originalId: unknown): Promise<{ ok: false; code: string }> {
  const result = await runCommand("followUp", { originalId }, await readSessionContext());
  if (!result.ok) return { ok: false, code: result.code };
  redirect(`/registrations/${(result.data as { id: string }).id}`);
}
