"use client";

import { useTranslations } from "next-intl";
import type { FoundRegistration } from "./types";

/** What a row is besides a first registration: a corrected version, a follow-up. */
export function RowNotes({ item }: { item: Pick<FoundRegistration, "correctionOfReference" | "followUpOfReference"> }) {
  const t = useTranslations("find");
  return (
    <>
      {item.correctionOfReference && (
        <span className="block text-xs font-normal text-slate-600">{t("saved.correctionOf", { reference: item.correctionOfReference })}</span>
      )}
      {item.followUpOfReference !== null && (
        <span className="block text-xs font-normal text-slate-600">{t("saved.followUpOf", { reference: item.followUpOfReference || "—" })}</span>
      )}
    </>
  );
}
