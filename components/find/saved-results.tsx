"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { useDateTime } from "@/components/format/use-date-time";
import { useMemo, useRef, useState } from "react";
import { formatInsz } from "@/lib/patients/insz";
import { DeleteDraft } from "./delete-draft";
import { ExportPanel } from "./export-panel";
import { RowDownload } from "./row-download";
import { SelectRowCell } from "./selection-cells";
import Link from "next/link";
import { ListSummary } from "./list-summary";
import { RowMenu } from "./row-menu";
import { RowNotes } from "./row-notes";
import { rowClass, rowLinkClass, tdClass } from "./styles";
import { ActionLink } from "./action-link";
import { draftRowLabel, type DeleteDraftAction, type FoundRegistration } from "./types";
import { useSelection } from "./use-selection";
import { ValidationStatusLabel } from "./validation-status";
import { SelectableTable } from "./selectable-table";

interface SavedResultsProps {
  moduleId: string;
  items: FoundRegistration[];
  hasQuery: boolean;
  remove: DeleteDraftAction;
}

/** Send is offered once the last validation found no errors; warnings are confirmed on the summary. */
const sendable = new Set(["VALID", "VALID_WITH_WARNINGS"]);

/**
 * F-FIND-3: the drafts the user may open, with their validation status and the actions edit
 * (the row's link: the patient identification page first, as in the manual), send (the one row
 * action, when validated) and, under "More", print, download and delete.
 */
export function SavedResults({ moduleId, items, hasQuery, remove }: SavedResultsProps) {
  const t = useTranslations("find");
  const locale = useLocale() as Locale;
  const dateTime = useDateTime();
  const router = useRouter();
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const selection = useSelection(ids);
  const [deleted, setDeleted] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);

  const onDeleted = () => {
    setDeleted(true);
    router.refresh();
    // The row (and the focused button) disappears: keep keyboard users in a known place.
    requestAnimationFrame(() => notice.current?.focus());
  };

  return (
    <div className="space-y-4">
      <p ref={notice} tabIndex={-1} role="status" className={deleted ? "rounded border-l-4 border-green-600 bg-green-50 px-4 py-3 text-green-900" : "sr-only"}>
        {deleted ? t("delete.done") : ""}
      </p>
      {items.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white px-4 py-3">{hasQuery ? t("saved.emptyQuery") : t("saved.empty")}</p>
      ) : (
        <>
          <SelectableTable
            caption={t("saved.caption")}
            columns={[t("columns.patient"), t("columns.identifier"), t("columns.physician"), t("columns.lastChange"), t("columns.status"), t("columns.actions")]}
            selectAllLabel={t("selection.selectAll")}
            selection={selection}
          >
                {items.map((item) => {
                  const changed = dateTime(item.updatedAt);
                  const label = draftRowLabel(item, changed);
                  return (
                    <tr key={item.id} className={rowClass}>
                      <SelectRowCell label={t("selection.selectRow", { label })} checked={selection.isSelected(item.id)} onChange={(on) => selection.toggle(item.id, on)} />
                      <th scope="row" className={`${tdClass} text-left font-semibold`}>
                        <Link href={`/registrations/${item.id}/patient`} aria-label={`${t("actions.edit")}: ${label}`} className={rowLinkClass}>
                          {item.patientName || formatInsz(item.patientIdentifier) || "—"}
                        </Link>
                        <RowNotes item={item} />
                        <ListSummary items={item.summary} />
                      </th>
                      <td className={`${tdClass} whitespace-nowrap max-sm:text-slate-700`}>{formatInsz(item.patientIdentifier) || "—"}</td>
                      <td className={`${tdClass} max-sm:text-slate-700`}>{item.responsiblePhysicianName}</td>
                      <td className={`${tdClass} whitespace-nowrap max-sm:text-slate-700`}>
                        <span className="sm:hidden">{t("columns.lastChange")}: </span>
                        {changed}
                      </td>
                      <td className={tdClass}>
                        <ValidationStatusLabel status={item.validationStatus} />
                      </td>
                      <td className={`${tdClass} max-sm:pt-2`}>
                        <div className="flex flex-wrap items-start gap-2">
                          {sendable.has(item.validationStatus) && <ActionLink href={`/registrations/${item.id}/summary`} text={t("actions.send")} label={label} />}
                          <RowMenu label={label}>
                            <li>
                              <ActionLink href={`/registrations/${item.id}/pdf`} text={t("actions.print")} label={label} document />
                            </li>
                            {item.printouts.map((printout) => (
                              <li key={printout.id}>
                                <ActionLink href={printout.href} text={printout.action[locale]} label={label} document />
                              </li>
                            ))}
                            <li>
                              <RowDownload moduleId={moduleId} kind="saved" id={item.id} label={label} />
                            </li>
                            <li>
                              <DeleteDraft id={item.id} version={item.version} label={label} remove={remove} onDeleted={onDeleted} />
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
          <ExportPanel moduleId={moduleId} kind="saved" ids={selection.selected} variant="selection" />
        </>
      )}
    </div>
  );
}
