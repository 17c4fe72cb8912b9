"use client";

import { useTranslations } from "next-intl";
import { ExportPanel } from "./export-panel";
import type { ExportKind } from "./types";

const summaryClass =
  "inline-flex cursor-pointer list-none items-center rounded border border-brand-600 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 [&::-webkit-details-marker]:hidden";

/** Download one registration: the disclaimer opens in place, then CSV or TXT. */
export function RowDownload({ moduleId, kind, id, label }: { moduleId: string; kind: ExportKind; id: string; label: string }) {
  const t = useTranslations("find.actions");
  return (
    <details>
      <summary className={summaryClass}>
        {t("download")}
        <span className="sr-only">: {label}</span>
      </summary>
      <div className="mt-2 w-72">
        <ExportPanel moduleId={moduleId} kind={kind} ids={[id]} variant="row" label={label} />
      </div>
    </details>
  );
}
