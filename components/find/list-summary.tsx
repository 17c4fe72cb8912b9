"use client";

import { useLocale, useTranslations } from "next-intl";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import type { ListSummaryItem } from "@/lib/modules/types";
import { displayDate } from "@/components/patients/patient-form-helpers";

/** What the module says tells this row apart (indication, first plan start…), one short line each. */
export function ListSummary({ items }: { items: readonly ListSummaryItem[] }) {
  const t = useTranslations("find");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : defaultLocale;
  if (items.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs font-normal text-slate-700">
      {items.map((item) => (
        <li key={item.label.en}>
          {t("summaryItem", { label: item.label[locale], value: "date" in item ? displayDate(item.date) : item.text[locale] })}
        </li>
      ))}
    </ul>
  );
}
