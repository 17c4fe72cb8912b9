import Link from "next/link";
import { useTranslations } from "next-intl";

/** F-ROLE-2: a clear refusal instead of an empty or broken page. */
export function AccessDenied({ reason }: { reason: "module" | "page" }) {
  const t = useTranslations("denied");
  const tc = useTranslations("errors");
  return (
    <section className="mx-auto max-w-xl space-y-3" aria-labelledby="denied-title">
      <h1 id="denied-title" className="text-2xl font-bold text-red-800">{t("title")}</h1>
      <p role="alert">{t(reason)}</p>
      <Link href="/" className="text-brand-700 underline">{tc("backHome")}</Link>
    </section>
  );
}
