"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useDateTime } from "@/components/format/use-date-time";
import { useMemo, useRef, useState } from "react";
import { SelectRowCell } from "@/components/find/selection-cells";
import { ListSummary } from "@/components/find/list-summary";
import { rowClass, rowLinkClass, tdClass } from "@/components/find/styles";
import { draftRowLabel, type FoundRegistration } from "@/components/find/types";
import { useSelection } from "@/components/find/use-selection";
import { ValidationStatusLabel } from "@/components/find/validation-status";
import { Notice } from "@/components/ui/notice";
import { formatInsz } from "@/lib/patients/insz";
import { BulkResults, type SentRow } from "./bulk-results";
import { chunks, type BulkOutcome, type BulkSendChunk } from "./types";
import { SelectableTable } from "@/components/find/selectable-table";

interface BulkSendPanelProps {
  items: FoundRegistration[];
  sendChunk: BulkSendChunk;
}

interface Run {
  rows: SentRow[];
  outcomes: Record<string, BulkOutcome>;
  done: number;
  finished: boolean;
  interrupted: boolean;
}

/**
 * F-BULK-1: choose validated drafts and send them, ten per server call, with a progress bar and
 * then a result per registration. Each registration is sent entirely or not at all; sending is
 * idempotent, so a retry after an interruption never sends anything twice.
 */
export function BulkSendPanel({ items, sendChunk }: BulkSendPanelProps) {
  const t = useTranslations("find");
  const tBulk = useTranslations("find.bulk");
  const dateTime = useDateTime();
  const router = useRouter();
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const selection = useSelection(ids);
  const [run, setRun] = useState<Run | null>(null);
  const [noneSelected, setNoneSelected] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // A double click must not start a second run before React has re-rendered the button.
  const busy = useRef(false);
  const sending = !!run && !run.finished;

  const send = async () => {
    if (busy.current) return;
    const rows: SentRow[] = items
      .filter((item) => selection.isSelected(item.id))
      .map((item) => ({ id: item.id, patientName: item.patientName, patientIdentifier: formatInsz(item.patientIdentifier) }));
    if (rows.length === 0) {
      setNoneSelected(true);
      return;
    }
    setNoneSelected(false);
    busy.current = true;
    let current: Run = { rows, outcomes: {}, done: 0, finished: false, interrupted: false };
    setRun(current);
    for (const chunk of chunks(rows.map((row) => row.id))) {
      let result: Awaited<ReturnType<BulkSendChunk>> | null;
      try {
        result = await sendChunk(chunk);
      } catch {
        result = null;
      }
      if (!result?.ok) {
        current = { ...current, interrupted: true };
        break;
      }
      const outcomes = { ...current.outcomes };
      for (const outcome of result.outcomes) outcomes[outcome.id] = outcome;
      current = { ...current, outcomes, done: current.done + chunk.length };
      setRun(current);
    }
    setRun({ ...current, finished: true });
    // Every row with an answer leaves the selection: a refused one must not go out with the next
    // "Send selected" unnoticed (the sent ones leave the list anyway); unanswered ones stay ticked.
    selection.deselect(Object.keys(current.outcomes));
    busy.current = false;
    router.refresh();
    requestAnimationFrame(() => resultsHeading.current?.focus());
  };

  const total = run?.rows.length ?? 0;
  const sentCount = run ? Object.values(run.outcomes).filter((o) => o.sent).length : 0;
  const refusedCount = run ? Object.values(run.outcomes).filter((o) => !o.sent).length : 0;

  return (
    <div className="space-y-5">
      {items.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white px-4 py-3">{tBulk("empty")}</p>
      ) : (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <SelectableTable
            caption={tBulk("caption")}
            columns={[t("columns.patient"), t("columns.identifier"), t("columns.physician"), t("columns.lastChange"), t("columns.status")]}
            selectAllLabel={tBulk("selectAll")}
            selection={selection}
            disabled={sending}
          >
                {items.map((item) => {
                  const changed = dateTime(item.updatedAt);
                  const label = draftRowLabel(item, changed);
                  return (
                    <tr key={item.id} className={rowClass}>
                      <SelectRowCell label={t("selection.selectRow", { label })} checked={selection.isSelected(item.id)} onChange={(on) => selection.toggle(item.id, on)} disabled={sending} />
                      <th scope="row" className={`${tdClass} text-left font-semibold`}>
                        <Link href={`/registrations/${item.id}/summary`} className={rowLinkClass}>
                          {item.patientName || "—"}
                        </Link>
                        <ListSummary items={item.summary} />
                      </th>
                      <td className={`${tdClass} whitespace-nowrap`}>{formatInsz(item.patientIdentifier) || "—"}</td>
                      <td className={tdClass}>{item.responsiblePhysicianName}</td>
                      <td className={`${tdClass} whitespace-nowrap`}>
                        <span className="sm:hidden">{t("columns.lastChange")}: </span>
                        {changed}
                      </td>
                      <td className={tdClass}>
                        <ValidationStatusLabel status={item.validationStatus} />
                      </td>
                    </tr>
                  );
                })}
          </SelectableTable>
          <p className="text-sm text-slate-700">{tBulk("warningsNote")}</p>
          <p aria-live="polite" className="text-sm text-slate-700">
            {t("selection.count", { count: selection.selected.length })}
          </p>
          {noneSelected && selection.selected.length === 0 && <Notice tone="error">{tBulk("noneSelected")}</Notice>}
          <button type="submit" disabled={sending} className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-50">
            {sending ? tBulk("sending") : tBulk("send")}
          </button>
        </form>
      )}

      {run && (
        <div className="space-y-2">
          <div
            role="progressbar"
            aria-label={tBulk("progressLabel")}
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={run.done}
            aria-valuetext={tBulk("progress", { done: run.done, total })}
            className="h-3 w-full overflow-hidden rounded bg-slate-200"
          >
            <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${total ? Math.round((run.done / total) * 100) : 0}%` }} />
          </div>
          <p aria-live="polite" className="text-sm font-medium text-slate-800">
            {run.finished ? tBulk("finished", { sent: sentCount, refused: refusedCount }) : tBulk("progress", { done: run.done, total })}
          </p>
          {run.interrupted && <Notice tone="error">{tBulk("interrupted")}</Notice>}
        </div>
      )}

      {run?.finished && <BulkResults ref={resultsHeading} rows={run.rows} outcomes={run.outcomes} />}
    </div>
  );
}
