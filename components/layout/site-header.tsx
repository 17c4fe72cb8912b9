import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export function SiteHeader({ languageSwitch, userMenu }: { languageSwitch: ReactNode; userMenu?: ReactNode }) {
  const t = useTranslations("app");
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-3">
          <span className="text-xl font-bold tracking-wide">{t("name")}</span>
          <span className="hidden text-sm text-brand-100 sm:inline">{t("fullName")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          {userMenu}
          {languageSwitch}
        </div>
      </div>
    </header>
  );
}
