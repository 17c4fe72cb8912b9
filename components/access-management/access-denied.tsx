import { useTranslations } from "next-intl";

/** Shown instead of the page to anyone who is not the hospital's access manager. */
export function AccessDenied() {
  const t = useTranslations("denied");
  return (
    <section className="mx-auto max-w-xl space-y-4" aria-labelledby="denied-title">
      <h1 id="denied-title" className="text-2xl font-bold text-red-800">{t("title")}</h1>
      <p role="alert">{t("page")}</p>
    </section>
  );
}
