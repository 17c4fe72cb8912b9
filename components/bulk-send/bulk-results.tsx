"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { captionClass, headClass, tableClass, tdClass, thClass } from "@/components/find/styles";
import type { BulkOutcome } from "./types";

export interface SentRow {
  id: string;
  patientName: string;
  patientIdentifier: string;
}

const link = "font-semibold text-brand-700 underline underline-offset-2 hover:decoration-2";

/** F-BULK-1: what was sent (with its WBCR reference) and what was refused, and why. */
export function BulkResults({ rows, outcomes, ref }: { rows: SentRow[]; outcomes: Record<string, BulkOutcome>; ref?: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("find");
  const tRegistration = useTranslations("registration");
  return (
    <section aria-labelledby="bulk-results-title" className="space-y-2">
      <h2 id="bulk-results-title" ref={ref} tabIndex={-1} className="text-xl font-semibold text-brand-900">
        {t("bulk.resultsTitle")}
      </h2>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className={tableClass}>
          <caption className={`${captionClass} sr-only`}>{t("bulk.resultsCaption")}</caption>
          <thead className={headClass}>
            <tr>
              <th scope="col" className={thClass}>{t("columns.patient")}</th>
              <th scope="col" className={thClass}>{t("columns.identifier")}</th>
              <th scope="col" className={thClass}>{t("bulk.outcome")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => {
              const outcome = outcomes[row.id];
              const summary = `/registrations/${row.id}/summary`;
              return (
                <tr key={row.id}>
                  <th scope="row" className={`${tdClass} text-left font-semibold`}>{row.patientName || "—"}</th>
                  <td className={`${tdClass} whitespace-nowrap`}>{row.patientIdentifier || "—"}</td>
                  <td className={tdClass}>
                    {!outcome ? (
                      <span className="text-slate-700">{t("bulk.notProcessed")}</span>
                    ) : outcome.sent ? (
                      <span className="inline-flex items-center gap-1.5 text-green-900">
                        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0 text-green-700" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
                          <path d="M5 12.5l4.5 4.5L19 7.5" />
                        </svg>
                        <Link href={summary} className={link}>
                          {t(outcome.alreadySent ? "bulk.alreadySent" : "bulk.sentWithReference", { reference: outcome.reference })}
                        </Link>
                      </span>
                    ) : (
                      <span className="block text-red-900">
                        <span className="font-semibold">{t("bulk.refused")}: </span>
                        {outcome.code === "unconfirmed_warnings" ? (
                          <>
                            {t("bulk.confirmWarnings")}{" "}
                            <Link href={summary} className={link}>
                              {t("bulk.openSummary")}
                              <span className="sr-only">: {row.patientName || row.patientIdentifier}</span>
                            </Link>
                          </>
                        ) : (
                          tRegistration(`refusal.${outcome.code}`)
                        )}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
