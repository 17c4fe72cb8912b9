import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-600">{t("text")}</p>
    </footer>
  );
}
