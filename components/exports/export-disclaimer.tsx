"use client";

import { useTranslations } from "next-intl";

interface ExportDisclaimerProps {
  confirmed: boolean;
  onConfirmedChange(confirmed: boolean): void;
}

/**
 * F-BULK-3: the notice that sensitive medical data is being exported and that responsibility
 * passes to the user, with the checkbox that must be ticked. Submits confirm=1 with its form;
 * the download route refuses any request without it. For every form that downloads
 * registrations (download page, a selection in the search results).
 */
export function ExportDisclaimer({ confirmed, onConfirmedChange }: ExportDisclaimerProps) {
  const t = useTranslations("exports");
  return (
    <section aria-labelledby="disclaimer-title" className="space-y-3 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-amber-950">
      <h2 id="disclaimer-title" className="font-semibold">{t("disclaimerTitle")}</h2>
      <p>{t("disclaimer")}</p>
      <label className="flex cursor-pointer items-start gap-3 font-medium">
        <input
          type="checkbox"
          name="confirm"
          value="1"
          required
          checked={confirmed}
          onChange={(event) => onConfirmedChange(event.target.checked)}
          className="mt-1"
        />
        <span>{t("confirm")}</span>
      </label>
    </section>
  );
}
