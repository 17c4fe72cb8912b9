"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

const summaryClass =
  "inline-flex cursor-pointer list-none items-center gap-1 rounded border border-slate-400 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 [&::-webkit-details-marker]:hidden";

/**
 * A row's secondary actions (print, download, delete, copy…) behind one "More" button, so a row
 * shows its link and one action and still fits a phone. A <details>: keyboard operable without scripts.
 */
export function RowMenu({ label, children }: { label: string; children: ReactNode }) {
  const t = useTranslations("find.actions");
  return (
    <details className="group">
      <summary className={summaryClass}>
        {t("more")}
        <span className="sr-only">: {label}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 transition-transform group-open:rotate-180" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5z" />
        </svg>
      </summary>
      <ul className="mt-2 flex flex-col items-start gap-2">{children}</ul>
    </details>
  );
}
