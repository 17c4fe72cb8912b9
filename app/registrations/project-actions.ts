"use server";

/**
 * The answers to a project offer (manual §6.1.1), posted from the sent page or the Projects tab
 * (plain forms: they work without scripts). Each parses its input, reads the session and calls one
 * use case of lib/projects, which checks access; then the browser goes on where it belongs.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { loginPath, readSessionContext } from "@/lib/access/verify-session";
import { decideProjectOffer } from "@/lib/projects/decide-offer";
import { startProjectRegistration } from "@/lib/projects/start-project";

/** Only our own pages: a path of the registration pages or a module's lists, never another site. */
const ZReturnTo = z.string().max(300).regex(/^\/(registrations|modules)\/[A-Za-z0-9/_?=&.#-]*$/);

const ZAnswer = z.strictObject({
  offerId: z.uuid(),
  choice: z.enum(["now", "later", "never"]),
  returnTo: ZReturnTo,
});

function withParam(path: string, name: string, value: string): string {
  const [beforeHash, hash] = path.split("#", 2);
  const url = new URL(beforeHash!, "http://local");
  url.searchParams.delete("never");
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${hash ? `#${hash}` : ""}`;
}

export async function answerProjectOfferAction(formData: FormData): Promise<void> {
  const parsed = ZAnswer.safeParse({ offerId: formData.get("offerId"), choice: formData.get("choice"), returnTo: formData.get("returnTo") });
  if (!parsed.success) redirect("/");
  const { offerId, choice, returnTo } = parsed.data;
  const context = await readSessionContext();
  if (!context) redirect(loginPath(returnTo));
  if (choice === "now") {
    const started = await startProjectRegistration(context, { offerId });
    redirect(started.ok ? `/registrations/${started.data.id}` : withParam(returnTo, "projectError", started.code));
  }
  const decided = await decideProjectOffer(context, { offerId, choice });
  redirect(decided.ok ? withParam(returnTo, "projectDecided", `${choice}:${offerId}`) : withParam(returnTo, "projectError", decided.code));
}
