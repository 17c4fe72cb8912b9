import { canReadModule, canUseModule, registrationWhere, responsiblePhysicianFor } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import type { AnyModuleDeclaration } from "./types";

/** The actions of a module on the home page, in the order they are shown. */
export type ModuleAction = "new" | "followUp" | "search" | "bulkSend" | "download";

/**
 * The actions a user has on a module's home-page entry (F-HOME-2); each page checks access
 * again itself. Creating needs a responsible physician (specialists, or staff acting for one);
 * registry staff only search and download sent registrations.
 */
export function moduleActions(declaration: AnyModuleDeclaration, context: SessionContext): { action: ModuleAction; href: string }[] {
  const base = `/modules/${declaration.id}`;
  const usable = canUseModule(context, declaration);
  const registry = context.membership?.function === "REGISTRY_STAFF";
  const actions: { action: ModuleAction; href: string }[] = [];
  if (usable && responsiblePhysicianFor(context)) actions.push({ action: "new", href: `${base}/new` });
  if (usable && declaration.allowsFollowUp && responsiblePhysicianFor(context)) actions.push({ action: "followUp", href: `${base}/follow-up` });
  if (usable || registry) actions.push({ action: "search", href: `${base}/registrations` });
  if (usable && registrationWhere(context, "send")) actions.push({ action: "bulkSend", href: `${base}/bulk-send` });
  if ((usable || registry) && registrationWhere(context, "export")) actions.push({ action: "download", href: `${base}/download` });
  return actions;
}

/** Modules shown on the home page: those the profile may use, and all of them for registry staff. */
export function visibleModule(declaration: AnyModuleDeclaration, context: SessionContext): boolean {
  return canReadModule(context, declaration);
}
