"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { useWatch } from "react-hook-form";
import type { FormDefinition } from "@/lib/modules/types";
import type { Locale } from "@/lib/validation/types";
import type { NumberedIssue } from "./form-context";
import { sectionStatuses } from "./form-overview";

const FOCUSABLE = "input:not([type=hidden]):not([tabindex='-1']), select, textarea, [role=combobox]";

/** Moves to a section's first field (the link's target alone would leave the focus behind). */
function jump(sectionId: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const section = document.getElementById(`section-${sectionId}`);
    const first = section?.querySelector<HTMLElement>(FOCUSABLE);
    if (!section || !first) return;
    event.preventDefault();
    first.focus({ preventScroll: true });
    section.scrollIntoView({ block: "start" });
  };
}

/**
 * The section index (F-REG-1, issue 13): a jump link per visible section with its completeness
 * (required fields filled) and its findings, kept current as the user types. It comes after the
 * form in the page (a side column on wide screens), so it costs the keyboard path no Tab.
 */
export function FormIndex({ form, locale, issues }: { form: FormDefinition; locale: Locale; issues: readonly NumberedIssue[] }) {
  const t = useTranslations("registrationForm");
  const values = useWatch();
  const statuses = sectionStatuses(form, values, issues.filter((entry) => !entry.href).map((entry) => entry.issue));
  const titles = new Map(form.sections.map((section) => [section.id, section.title[locale]]));
  return (
    <nav aria-labelledby="form-index-title" className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm">
      <h2 id="form-index-title" className="mb-2 font-semibold text-brand-900">
        {t("index.title")}
      </h2>
      <ol className="space-y-2">
        {statuses.map((status) => {
          const complete = status.filled === status.required && status.errors === 0;
          return (
            <li key={status.id} data-section-status={status.id}>
              <a href={`#section-${status.id}`} onClick={jump(status.id)} className="font-medium text-brand-700 underline underline-offset-2">
                {status.id}. {titles.get(status.id)}
              </a>
              <span className="block text-xs">
                {status.errors > 0 ? (
                  <span className="font-medium text-red-800">
                    <span aria-hidden="true">✖ </span>
                    {t("index.errors", { count: status.errors })}
                  </span>
                ) : complete ? (
                  <span className="font-medium text-green-800">
                    <span aria-hidden="true">✓ </span>
                    {t("index.complete")}
                  </span>
                ) : (
                  <span className="text-slate-700">{t("index.progress", { filled: status.filled, required: status.required })}</span>
                )}
                {status.warnings > 0 && (
                  <span className="ml-2 font-medium text-orange-800">
                    <span aria-hidden="true">⚠ </span>
                    {t("index.warnings", { count: status.warnings })}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
