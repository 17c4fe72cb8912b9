"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDateTime } from "@/components/format/use-date-time";
import { useMemo } from "react";
import { formatInsz } from "@/lib/patients/insz";
import { ExportPanel } from "./export-panel";
import { RowDownload } from "./row-download";
import { SelectRowCell } from "./selection-cells";
import { tdClass } from "./styles";
import { ActionLink } from "./action-link";
import { rowLabel, type FoundRegistration } from "./types";
import { useSelection } from "./use-selection";
import { SelectableTable } from "./selectable-table";

interface SentResultsProps {
  moduleId: string;
  items: FoundRegistration[];
  hasQuery: boolean;
  /** Registry staff see sent registrations of every hospital: name the hospital too. */
  showOrganisation: boolean;
}

/**
 * F-FIND-2 list 1: the sent registrations the user may open, to view or print one by one, or to
 * download a selection (or all of this page) as CSV or TXT after the disclaimer.
 */
export function SentResults({ moduleId, items, hasQuery, showOrganisation }: SentResultsProps) {
  const t = useTranslations("find");
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
                <tr key={item.id} className="hover:bg-slate-50">
                  <SelectRowCell label={t("selection.selectRow", { label })} checked={selection.isSelected(item.id)} onChange={(on) => selection.toggle(item.id, on)} />
                  <th scope="row" className={`${tdClass} text-left font-semibold whitespace-nowrap`}>
                    {item.reference}
                    {item.correctionOfReference && (
                      <span className="block text-xs font-normal text-slate-600">{t("saved.correctionOf", { reference: item.correctionOfReference })}</span>
                    )}
                    {item.correctedBy && (
                      <span className="block text-xs font-normal text-slate-600">
                        {item.correctedBy.readable ? (
                          <Link href={`/registrations/${item.correctedBy.id}/summary`} className="text-brand-700 underline">
                            {t("sent.correctedBy", { reference: item.correctedBy.reference })}
                          </Link>
                        ) : (
                          t("sent.correctedBy", { reference: item.correctedBy.reference })
                        )}
                      </span>
                    )}
                    {item.followUpOfReference !== null && (
                      <span className="block text-xs font-normal text-slate-600">{t("saved.followUpOf", { reference: item.followUpOfReference || "—" })}</span>
                    )}
                  </th>
                  <td className={tdClass}>{item.patientName || "—"}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>{formatInsz(item.patientIdentifier) || "—"}</td>
                  <td className={tdClass}>
                    {item.responsiblePhysicianName}
                    {showOrganisation && <span className="block text-xs text-slate-600">{item.organisationName}</span>}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    {item.sentAt ? dateTime(item.sentAt) : "—"}
                  </td>
                  <td className={tdClass}>
                    <ul className="flex flex-wrap gap-2">
                      <li>
                        <ActionLink href={`/registrations/${item.id}/summary`} text={t("actions.view")} label={label} />
                      </li>
                      <li>
                        <RowDownload moduleId={moduleId} kind="sent" id={item.id} label={label} />
                      </li>
                      <li>
                        <ActionLink href={`/registrations/${item.id}/pdf`} text={t("actions.print")} label={label} document />
                      </li>
                    </ul>
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
