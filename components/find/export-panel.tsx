"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { exportPath, type ExportKind } from "./types";

interface ExportPanelProps {
  moduleId: string;
  kind: ExportKind;
  ids: readonly string[];
  /** "selection": the list's selected rows; "row": one registration (shorter button texts). */
  variant: "selection" | "row";
  /** Screen-reader context for the row variant's buttons. */
  label?: string;
}

const primary = "rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50";
const secondary = "rounded border border-brand-600 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-50";

/**
 * F-BULK-3: the disclaimer that sensitive medical data leave WBCR, confirmed with a required
 * checkbox before the CSV or TXT download. A plain POST form to the export route (an export is
 * never a GET), so the browser downloads the file itself; the route checks access and `confirm=1` again.
 */
export function ExportPanel({ moduleId, kind, ids, variant, label }: ExportPanelProps) {
  const t = useTranslations("find.export");
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = useId();
  const none = ids.length === 0;

  return (
    <form
      method="post"
      action={exportPath(moduleId)}
      className="space-y-3 rounded border border-amber-500 bg-amber-50 p-4 text-sm text-amber-950"
      aria-labelledby={variant === "selection" ? `${base}-title` : undefined}
      aria-label={variant === "row" ? `${t("rowCsv")} / ${t("rowTxt")}${label ? `: ${label}` : ""}` : undefined}
      onSubmit={(event) => {
        if (none || !confirmed) {
          event.preventDefault();
          setError(none ? t("noneSelected") : t("confirmRequired"));
        }
      }}
    >
      {variant === "selection" && (
        <h3 id={`${base}-title`} className="text-base font-semibold text-brand-900">
          {t("title")}
        </h3>
      )}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="ids" value={ids.join(",")} />
      <p id={`${base}-disclaimer`}>{t("disclaimer")}</p>
      <label className="flex items-start gap-2 font-medium">
        <input
          type="checkbox"
          name="confirm"
          value="1"
          required
          checked={confirmed}
          aria-describedby={`${base}-disclaimer`}
          onChange={(event) => {
            setConfirmed(event.target.checked);
            if (event.target.checked) setError(null);
          }}
          onInvalid={(event) => {
            // Our own translated message instead of the browser's bubble.
            event.preventDefault();
            event.currentTarget.focus();
            setError(t("confirmRequired"));
          }}
          className="mt-0.5 h-4 w-4"
        />
        <span>{t("confirm")}</span>
      </label>
      {error && (
        <p role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      )}
      {variant === "selection" && none && <p id={`${base}-none`}>{t("noneSelected")}</p>}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="format" value="csv" disabled={none} aria-describedby={none ? `${base}-none` : undefined} className={primary}>
          {variant === "row" ? t("rowCsv") : t("csv")}
          {label && <span className="sr-only">: {label}</span>}
        </button>
        <button type="submit" name="format" value="txt" disabled={none} aria-describedby={none ? `${base}-none` : undefined} className={secondary}>
          {variant === "row" ? t("rowTxt") : t("txt")}
          {label && <span className="sr-only">: {label}</span>}
        </button>
      </div>
    </form>
  );
}
