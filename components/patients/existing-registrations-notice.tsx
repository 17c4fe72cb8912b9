import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { ExistingRegistrations } from "./types";

const linkClass = "font-semibold text-brand-900 underline underline-offset-2 hover:decoration-2";

/**
 * F-PAT-3: the patient already has registrations in this module. Links open the saved and sent
 * lists for this patient (by a server-side search id, never the INSZ), which show only what the
 * user may open; of the others it says only how many physician–hospital pairs list 2 of the
 * Sent tab names. The user may simply continue, or start from a copy of the latest one.
 */
export function ExistingRegistrationsNotice({ existing, moduleName }: { existing: ExistingRegistrations; moduleName: string }) {
  const t = useTranslations("patientForm");
  if (existing === null || existing.saved + existing.sent + existing.sentElsewhere === 0) return null;
  return (
    <Notice tone="info">
      <p className="font-semibold">{t("existingIntro", { module: moduleName })}</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {existing.saved > 0 && (
          <li>
            <a href={existing.savedHref} className={linkClass}>
              {t("existingSaved", { count: existing.saved })}
            </a>
          </li>
        )}
        {existing.sent > 0 && (
          <li>
            <a href={existing.sentHref} className={linkClass}>
              {t("existingSent", { count: existing.sent })}
            </a>
          </li>
        )}
        {existing.sentElsewhere > 0 && (
          <li>
            {t("existingSentElsewhere", { count: existing.sentElsewhere })}{" "}
            <a href={existing.sentHref} className={linkClass}>
              {t("existingSentList")}
            </a>
          </li>
        )}
      </ul>
      <p className="mt-1">{t("existingContinue")}</p>
      {existing.copy && (
        <p className="mt-1">
          <a href={existing.copy.href} className={linkClass}>
            {existing.copy.reference ? t("existingCopy", { reference: existing.copy.reference }) : t("existingCopyDraft")}
          </a>
        </p>
      )}
    </Notice>
  );
}
