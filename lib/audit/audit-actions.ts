/**
 * The action ids written to the audit trail (F-SEC-1), as the audit-trail page knows them. Each
 * has a label in the "audit" catalogue namespace under `actions.<id>` (ids are dotted paths, so
 * "registration.view" is `actions.registration.view`). `recordAuditEvent` takes only these ids, so
 * every action written has a label (tests/unit/audit/audit-action-labels.test.ts checks the
 * catalogues); an unknown id in old rows is shown as is.
 */
export const auditActions = [
  "session.start",
  "session.choose_membership",
  "session.choose_physician",
  "session.end_all",
  "terms.accept",
  "registration.create",
  "registration.view",
  "registration.save",
  "registration.validate",
  "registration.send",
  "registration.delete",
  "registration.correct",
  "registration.print",
  "registration.project_decision",
  "registration.confirm_warnings",
  "registration.tumour_decision",
  "registration.search",
  "registration.attachment_add",
  "registration.attachment_download",
  "registration.attachment_remove",
  "patient.identify",
  "export.csv",
  "export.txt",
  "access.person.create",
  "access.membership.create",
  "access.membership.deactivate",
  "access.membership.reactivate",
  "access.link.create",
  "access.link.remove",
  "person_list.add",
  "person_list.correct",
  "person_list.remove",
  "campus.add",
  "campus.rename",
  "campus.deactivate",
  "campus.reactivate",
  "audit.view",
  "security.rate_limited",
  "retention.run",
  "operator.organisation.create",
  "operator.organisation.deactivate",
] as const;

export type AuditAction = (typeof auditActions)[number];

/** Prefixes the filter offers as "all … actions"; each has a label under `groups.<name>`. */
export const auditActionGroups = ["session", "terms", "registration", "patient", "export", "access", "person_list", "campus", "audit", "security", "retention", "operator"] as const;

export type AuditActionGroup = (typeof auditActionGroups)[number];

export function isKnownAuditAction(action: string): action is AuditAction {
  return (auditActions as readonly string[]).includes(action);
}
