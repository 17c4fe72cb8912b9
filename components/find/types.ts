import type { ListedRegistration } from "@/lib/registrations/search-registrations";
import { formatInsz } from "@/lib/patients/insz";

/** A row of the Saved or Sent list, as the search use case returns it (already access-checked). */
export type FoundRegistration = ListedRegistration;

/** What the list's server actions answer: done, or a refusal code of `registration.refusal`. */
export type FindActionResult = { ok: true } | { ok: false; code: string };

export type DeleteDraftAction = (input: { id: string; version: number }) => Promise<FindActionResult>;

/** The kind of export the download route writes (F-BULK-2). */
export type ExportKind = "saved" | "sent";

/** The download route of someone else's feature; the disclaimer is confirmed before it is called. */
export function exportPath(moduleId: string): string {
  return `/modules/${encodeURIComponent(moduleId)}/download/file`;
}

/** How a draft's row is named for screen readers: patient (or number) and last change. */
export function draftRowLabel(row: Pick<FoundRegistration, "patientName" | "patientIdentifier">, changed: string): string {
  return `${row.patientName || formatInsz(row.patientIdentifier) || "—"}, ${changed}`;
}

/** How a row is named for screen readers in its checkbox and action labels. */
export function rowLabel(row: Pick<FoundRegistration, "reference" | "patientName" | "patientIdentifier">): string {
  return [row.reference, row.patientName || row.patientIdentifier].filter(Boolean).join(", ");
}

export type FindTab = "saved" | "sent";

/** A search by a date of the content (the module's `searchDates`): not identifying, so it may sit in the address. */
export interface DateFilter {
  by: "incidenceDate" | "mocDate";
  /** yyyy-mm-dd */
  on: string;
}

/**
 * The list page's address: the tab, the search (by its server-side id, never the identifier
 * itself: lib/patients/patient-search.ts) and the page cursor.
 */
export function findHref(moduleId: string, tab: FindTab, searchId?: string, after?: string, date?: DateFilter): string {
  const params = new URLSearchParams({ tab });
  if (searchId) params.set("search", searchId);
  if (date) {
    params.set("dateBy", date.by);
    params.set("on", date.on);
  }
  if (after) params.set("after", after);
  return `/modules/${encodeURIComponent(moduleId)}/registrations?${params.toString()}`;
}

/**
 * "New registration for this patient": the patient page of a new registration with the patient
 * of registration `from` (read through the policy on the server; no identifier in the address),
 * and with `copy` its content as the starting point.
 */
export function newRegistrationHref(moduleId: string, options: { from: string; copy?: boolean }): string {
  const params = new URLSearchParams({ from: options.from });
  if (options.copy) params.set("copy", "1");
  return `/modules/${encodeURIComponent(moduleId)}/new?${params.toString()}`;
}
