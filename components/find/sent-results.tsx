"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { useDateTime } from "@/components/format/use-date-time";
import { useMemo } from "react";
import { formatInsz } from "@/lib/patients/insz";
import { ExportPanel } from "./export-panel";
import { RowDownload } from "./row-download";
import { SelectRowCell } from "./selection-cells";
import { ListSummary } from "./list-summary";
import { RowMenu } from "./row-menu";
import { RowNotes } from "./row-notes";
import { rowClass, rowLinkClass, tdClass } from "./styles";
import { ActionLink } from "./action-link";
import { newRegistrationHref, rowLabel, type FoundRegistration } from "./types";
import { useSelection } from "./use-selection";
import { SelectableTable } from "./selectable-table";

interface SentResultsProps {
  moduleId: string;
  items: FoundRegistration[];
  hasQuery: boolean;
  /** Registry staff see sent registrations of every hospital: name the hospital too. */
  showOrganisation: boolean;
  /** The user may start registrations in this module: "new registration for this patient". */
  canStartNew: boolean;
  /** The module offers copies of a registration's content (its `prepareCopy`). */
  canCopy: boolean;
}

/**
 * F-FIND-2 list 1: the sent registrations the user may open — the reference opens one; its row
 * action starts a new registration for the same patient; under "More": a copy as a new one,
 * print, download — or a selection (or all of this page) downloaded as CSV or TXT.
 */
export function SentResults({ moduleId, items, hasQuery, showOrganisation, canStartNew, canCopy }: SentResultsProps) {
  const t = useTranslations("find");
  const locale = useLocale() as Locale;
  const dateTime = useDateTime();
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const selection = useSelection(ids);

  if (items.length === 0) {
    return <p className="rounded border border-slate-200 bg-white px-4 py-3">{hasQuery ? t("sent.emptyQuery") : t("sent.empty")}</p>;
  }

  return (
    <div className="space-y-4">
      <SelectableTable
        caption={t("sent.caption")}
        columns={[t("columns.reference"), t("columns.patient"), t("columns.identifier"), t("columns.physician"), t("columns.sentAt"), t("columns.actions")]}
        selectAllLabel={t("selection.selectAll")}
        selection={selection}
      >
            {items.map((item) => {
              const label = rowLabel(item);
              return (
                <tr key={item.id} className={rowClass}>
                  <SelectRowCell label={t("selection.selectRow", { label })} checked={selection.isSelected(item.id)} onChange={(on) => selection.toggle(item.id, on)} />
                  <th scope="row" className={`${tdClass} text-left font-semibold whitespace-nowrap`}>
                    <Link href={`/registrations/${item.id}/summary`} aria-label={`${t("actions.view")}: ${label}`} className={rowLinkClass}>
                      {item.reference}
                    </Link>
                    <RowNotes item={item} />
                  </th>
                  <td className={tdClass}>
                    {item.patientName || "—"}
                    <ListSummary items={item.summary} />
                  </td>
                  <td className={`${tdClass} whitespace-nowrap max-sm:text-slate-700`}>{formatInsz(item.patientIdentifier) || "—"}</td>
                  <td className={`${tdClass} max-sm:text-slate-700`}>
                    {item.responsiblePhysicianName}
                    {showOrganisation && <span className="block text-xs text-slate-600">{item.organisationName}</span>}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap max-sm:text-slate-700`}>
                    <span className="sm:hidden">{t("columns.sentAt")}: </span>
                    {item.sentAt ? dateTime(item.sentAt) : "—"}
                  </td>
                  <td className={`${tdClass} max-sm:pt-2`}>
                    <div className="flex flex-wrap items-start gap-2">
                      {canStartNew && (
                        <ActionLink href={newRegistrationHref(moduleId, { from: item.id })} text={t("actions.newForPatient")} label={label} />
                      )}
                      <RowMenu label={label}>
                        {canStartNew && canCopy && item.followUpOfReference === null && (
                          <li>
                            <ActionLink href={newRegistrationHref(moduleId, { from: item.id, copy: true })} text={t("actions.copyAsNew")} label={label} />
                          </li>
                        )}
                        <li>
                          <ActionLink href={`/registrations/${item.id}/pdf`} text={t("actions.print")} label={label} document />
                        </li>
                        {item.printouts.map((printout) => (
                          <li key={printout.id}>
                            <ActionLink href={printout.href} text={printout.action[locale]} label={label} document />
                          </li>
                        ))}
                        <li>
                          <RowDownload moduleId={moduleId} kind="sent" id={item.id} label={label} />
                        </li>
                      </RowMenu>
                    </div>
                  </td>
                </tr>
              );
            })}
      </SelectableTable>
      <p aria-live="polite" className="text-sm text-slate-700">
        {t("selection.count", { count: selection.selected.length })}
      </p>
      <ExportPanel moduleId={moduleId} kind="sent" ids={selection.selected} variant="selection" />
    </div>
  );
}
