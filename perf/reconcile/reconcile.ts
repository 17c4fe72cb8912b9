/**
 * Reconciliation: what the clients were told against what the database holds. Clients keep a
 * ledger of every registration they created, every save the server acknowledged and every
 * reference they were shown; `compareLedger` is pure so its rules are unit-tested, and
 * `reconcile` loads the rows it compares.
 */
import { isDeepStrictEqual } from "node:util";

export interface LedgerEntry {
  id: string;
  /** sent: the client saw the reference; draft: it only saw saves; either: a send whose answer was lost. */
  expect: "draft" | "sent" | "either";
  /** Version and form data of the last save the server acknowledged. */
  version: number;
  formData: unknown;
  reference?: string;
  /** A save whose answer never came (the server died): it may or may not have been applied. */
  unacknowledged?: { version: number; formData: unknown };
}

export interface RegistrationRow {
  id: string;
  status: "DRAFT" | "SENT";
  version: number;
  formData: unknown;
  reference: string | null;
  hasPatient: boolean;
  /** registration.send audit events of this registration. */
  sendEvents: number;
}

export interface Reconciliation {
  ok: boolean;
  checked: number;
  sent: number;
  drafts: number;
  /** Rows created during the run that no client knows of (a create whose answer was lost). */
  unknownRows: number;
  mismatches: string[];
}

export function compareLedger(
  ledger: readonly LedgerEntry[],
  rows: readonly RegistrationRow[],
  options: { allowedUnknownRows?: number; duplicateReferences?: number } = {},
): Reconciliation {
  const mismatches: string[] = [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  let sent = 0;
  for (const entry of ledger) {
    const row = byId.get(entry.id);
    if (!row) {
      mismatches.push(`${entry.id}: missing (${entry.expect})`);
      continue;
    }
    if (!row.hasPatient) mismatches.push(`${entry.id}: no patient row (half-written)`);
    const acknowledged = row.version === entry.version && isDeepStrictEqual(row.formData, entry.formData);
    const pending = entry.unacknowledged;
    const sentVersion = row.status === "SENT" ? row.version - 1 : row.version;
    const contentMatches =
      isDeepStrictEqual(row.formData, entry.formData) ||
      (pending !== undefined && isDeepStrictEqual(row.formData, pending.formData));
    if (row.status === "SENT") {
      sent += 1;
      if (entry.expect === "draft") mismatches.push(`${entry.id}: sent, but the client never sent it`);
      if (!row.reference) mismatches.push(`${entry.id}: sent without reference`);
      if (entry.reference && row.reference !== entry.reference) mismatches.push(`${entry.id}: reference ${row.reference}, client saw ${entry.reference}`);
      if (row.sendEvents !== 1) mismatches.push(`${entry.id}: ${row.sendEvents} send events, expected exactly 1`);
      if (!contentMatches || (sentVersion !== entry.version && sentVersion !== pending?.version)) {
        mismatches.push(`${entry.id}: sent content is not the last saved version (v${sentVersion}, client v${entry.version})`);
      }
    } else {
      if (entry.expect === "sent") mismatches.push(`${entry.id}: still a draft, but the client saw ${entry.reference ?? "a reference"}`);
      if (row.sendEvents !== 0) mismatches.push(`${entry.id}: draft with ${row.sendEvents} send events`);
      const pendingApplied = pending !== undefined && row.version === pending.version && isDeepStrictEqual(row.formData, pending.formData);
      if (!acknowledged && !pendingApplied) {
        mismatches.push(`${entry.id}: draft at v${row.version}, client's last acknowledged save is v${entry.version}${isDeepStrictEqual(row.formData, entry.formData) ? "" : " (content differs)"}`);
      }
    }
  }
  const known = new Set(ledger.map((entry) => entry.id));
  const unknownRows = rows.filter((row) => !known.has(row.id)).length;
  if (unknownRows > (options.allowedUnknownRows ?? 0)) {
    mismatches.push(`${unknownRows} registrations created that no client was told about (allowed ${options.allowedUnknownRows ?? 0})`);
  }
  if (options.duplicateReferences) mismatches.push(`${options.duplicateReferences} references used more than once`);
  return { ok: mismatches.length === 0, checked: ledger.length, sent, drafts: ledger.length - sent, unknownRows, mismatches };
}
