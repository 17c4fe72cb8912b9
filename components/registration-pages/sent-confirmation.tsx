import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDateTime } from "@/components/format/use-date-time";

interface SentConfirmationProps {
  registrationId: string;
  moduleId: string;
  reference: string;
  sentAt: Date | null;
  sentByName: string | null;
  /** The send found it sent already (second tab, double click): nothing was sent again. */
  already: boolean;
  /** "Send and print": the PDF is on its way. */
  printing: boolean;
}

const link = "font-semibold text-brand-700 underline underline-offset-2 hover:decoration-2";

/**
 * The one confirmation after sending (F-REG-4/5): the reference, what happens next, and where
 * to go from here. It receives the focus when the page opens.
 */
export function SentConfirmation({ registrationId, moduleId, reference, sentAt, sentByName, already, printing }: SentConfirmationProps) {
  const t = useTranslations("registration.sent");
  const dateTime = useDateTime();
  return (
    <section
      aria-labelledby="sent-title"
      tabIndex={-1}
      data-page-focus
      className="space-y-4 rounded border-l-8 border-green-700 bg-green-50 p-5 text-green-950 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600"
    >
      <h1 id="sent-title" className="text-2xl font-bold">{already ? t("alreadyTitle") : t("title")}</h1>
      <p className="text-lg">
        {t("reference")}: <strong className="font-mono text-xl">{reference}</strong>
      </p>
      {already && sentAt && <p>{t("alreadyText", { date: dateTime(sentAt), name: sentByName ?? "—" })}</p>}
      {printing && <p>{t("printing")}</p>}
      <div className="space-y-1">
        <h2 className="font-semibold">{t("nextTitle")}</h2>
        <p className="max-w-3xl">{t("nextText")}</p>
      </div>
      <nav aria-label={t("nextSteps")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`/modules/${moduleId}/new?from=${registrationId}`} className={link}>{t("samePatient")}</Link>
          </li>
          <li>
            <Link href={`/modules/${moduleId}/new`} className={link}>{t("newRegistration")}</Link>
          </li>
          <li>
            <Link href={`/modules/${moduleId}/registrations?tab=sent`} className={link}>{t("backToList")}</Link>
          </li>
        </ul>
      </nav>
    </section>
  );
}
