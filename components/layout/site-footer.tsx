import { useTranslations } from "next-intl";
import { SupportCodesSwitch } from "@/components/format/support-codes-switch";

export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <p className="text-sm text-slate-600">{t("text")}</p>
        <SupportCodesSwitch label={t("supportCodes")} />
      </div>
    </footer>
  );
}
