"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FoundRegistration } from "./types";

/** What a row is besides a first registration: a corrected version, a follow-up. */
export function RowNotes({ item }: { item: Pick<FoundRegistration, "correctionOfReference" | "followUpOfReference"> & Partial<Pick<FoundRegistration, "correctedBy">> }) {
  const t = useTranslations("find");
  return (
    <>
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
    </>
  );
}
