import { auditActionGroups, isKnownAuditAction, type AuditActionGroup } from "@/lib/audit/audit-actions";

type Translate = (key: string) => string;

/** The label of an action id or of a prefix ("registration."); an unknown id is shown as is. */
export function actionLabel(t: Translate, action: string): string {
  if (action.endsWith(".")) {
    const group = action.slice(0, -1);
    return (auditActionGroups as readonly string[]).includes(group) ? t(`groups.${group as AuditActionGroup}`) : action;
  }
  return isKnownAuditAction(action) ? t(`actions.${action}`) : action;
}
