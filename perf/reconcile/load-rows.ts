/** The rows `compareLedger` needs: every registration created since the run began. */
import type { RunEnvironment } from "@/perf/harness/environment";
import { compareLedger, type LedgerEntry, type Reconciliation, type RegistrationRow } from "./reconcile";

export async function reconcile(
  env: Pick<RunEnvironment, "query">,
  ledger: readonly LedgerEntry[],
  since: Date,
  options: { allowedUnknownRows?: number } = {},
): Promise<Reconciliation> {
  const rows = await env.query<RegistrationRow>(
    `SELECT r.id, r.status, r.version, r."formData", r.reference,
            EXISTS (SELECT 1 FROM "RegistrationPatient" p WHERE p."registrationId" = r.id) AS "hasPatient",
            (SELECT count(*)::int FROM "AuditEvent" a WHERE a."registrationId" = r.id AND a.action = 'registration.send') AS "sendEvents"
       FROM "Registration" r
      WHERE r."createdAt" >= $1 OR r.id = ANY($2::uuid[])`,
    [since, ledger.map((entry) => entry.id)],
  );
  const [duplicates] = await env.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM (SELECT reference FROM "Registration" WHERE reference IS NOT NULL GROUP BY reference HAVING count(*) > 1) d`,
  );
  return compareLedger(ledger, rows, { ...options, duplicateReferences: duplicates?.count ?? 0 });
}
