import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDateTime } from "@/components/format/use-date-time";
import type { AuditDetailSummary } from "@/lib/audit/audit-details";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";
import { actionLabel } from "./action-label";

interface AuditTableProps {
  rows: AuditEventRow[];
  organisationName: string;
  /** Module id → name in the user's language. */
  moduleNames: Record<string, string>;
}

/** The events of one page, newest first; times in Belgian time, in the user's language. */
export function AuditTable({ rows, organisationName, moduleNames }: AuditTableProps) {
  const t = useTranslations("audit");
  const dateTime = useDateTime();
  if (rows.length === 0) return <p className="text-slate-600">{t("table.empty")}</p>;
  const none = <span className="text-slate-500">{t("table.none")}</span>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("table.caption", { organisation: organisationName })}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t("table.time")}</th>
            <th scope="col" className="px-3 py-2">{t("table.action")}</th>
            <th scope="col" className="px-3 py-2">{t("table.person")}</th>
            <th scope="col" className="px-3 py-2">{t("table.module")}</th>
            <th scope="col" className="px-3 py-2">{t("table.registration")}</th>
            <th scope="col" className="px-3 py-2">{t("table.details")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => {
            const details = <DetailSummary summary={row.summary} />;
            return (
              <tr key={row.id} className="align-top">
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={row.at.toISOString()}>
                    {dateTime(row.at, "medium")}
                  </time>
                </td>
                <th scope="row" className="px-3 py-2 font-medium">
                  <span className="block">{actionLabel(t, row.action)}</span>
                  <span className="support-code block font-mono text-xs font-normal text-slate-600">{row.action}</span>
                </th>
                <td className="px-3 py-2">
                  {row.personName ?? none}
                  {row.actingForName && <span className="block text-slate-600">{t("table.actingFor", { name: row.actingForName })}</span>}
                </td>
                <td className="px-3 py-2">{row.moduleId ? (moduleNames[row.moduleId] ?? row.moduleId) : none}</td>
                <td className="px-3 py-2">
                  {!row.registration ? (
                    none
                  ) : row.registration.available ? (
                    <Link
                      href={`/registrations/${row.registration.id}`}
                      className="break-all text-brand-700 underline"
                      aria-label={t("table.openRegistration", { reference: row.registration.reference ?? row.registration.id })}
                    >
                      {row.registration.reference ?? <span className="font-mono text-xs">{row.registration.id}</span>}
                    </Link>
                  ) : (
                    <span>
                      <span className="block break-all font-mono text-xs">{row.registration.id}</span>
                      <span className="text-slate-600">({t("table.registrationGone")})</span>
                    </span>
                  )}
                </td>
                <td className="px-3 py-2">{details}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The short, safe summary of an event's details, translated. */
function DetailSummary({ summary }: { summary: AuditDetailSummary }) {
  const t = useTranslations("audit");
  const tf = useTranslations("functions");
  const parts: string[] = [];
  if (summary.authMethod) parts.push(t("details.authMethod", { method: t(`details.methods.${summary.authMethod}`) }));
  if (summary.function) parts.push(t("details.function", { function: tf(summary.function) }));
  if (summary.subjectName) parts.push(t("details.subject", { name: summary.subjectName }));
  if (summary.physicianName) parts.push(t("details.physician", { name: summary.physicianName }));
  if (summary.termsVersion !== undefined) parts.push(t("details.termsVersion", { version: summary.termsVersion }));
  if (summary.registrationVersion !== undefined) parts.push(t("details.registrationVersion", { version: summary.registrationVersion }));
  if (summary.parts?.length) parts.push(t("details.parts", { parts: summary.parts.map((p) => t(`details.partNames.${p}`)).join(", ") }));
  if (summary.outcome) parts.push(t("details.outcome", { outcome: t(`details.outcomes.${summary.outcome}`) }));
  if (summary.errors !== undefined) parts.push(t("details.errors", { count: summary.errors }));
  if (summary.warnings !== undefined) parts.push(t("details.warnings", { count: summary.warnings }));
  if (summary.reference) parts.push(t("details.reference", { reference: summary.reference }));
  if (summary.warningsConfirmed) parts.push(t("details.warningsConfirmed", { count: summary.warningsConfirmed }));
  if (summary.correctionOf) parts.push(t("details.correctionOf", { reference: summary.correctionOf }));
  if (summary.sessions !== undefined) parts.push(t("details.sessions", { count: summary.sessions }));
  if (summary.count !== undefined) parts.push(t("details.count", { count: summary.count }));
  if (summary.filters) {
    const { action, ...rest } = summary.filters;
    const shown = [
      action && `${t("filters.action")}: ${actionLabel(t, action)}`,
      ...Object.entries(rest).map(([key, value]) => `${t(`filters.${key}`)}: ${value}`),
    ].filter(Boolean);
    parts.push(t("details.filters", { filters: shown.join("; ") }));
  }
  if (parts.length === 0) return <span className="text-slate-500">{t("table.none")}</span>;
  return <span>{parts.join(" · ")}</span>;
}
