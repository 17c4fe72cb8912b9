import { responsiblePhysicianFor } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import type { AnyModuleDeclaration } from "./types";

/** The actions of a module on the home page, in the order they are shown. */
export type ModuleAction = "new" | "followUp" | "search" | "bulkSend" | "download";

/**
 * The actions a user has on a module's home-page entry (F-HOME-2). Only pages that exist are
 * offered; creating needs a responsible physician (specialists, or staff acting for one).
 */
export function moduleActions(module: AnyModuleDeclaration, context: SessionContext): { action: ModuleAction; href: string }[] {
  const actions: { action: ModuleAction; href: string }[] = [];
  if (responsiblePhysicianFor(context)) actions.push({ action: "new", href: `/modules/${module.id}/new` });
  return actions;
}
