"use client";

import { useTranslations } from "next-intl";

/** Unexpected errors: a generic, translated message; details stay in the server log. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">{t("genericTitle")}</h1>
      <p>{t("genericText")}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-600 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </section>
  );
}
