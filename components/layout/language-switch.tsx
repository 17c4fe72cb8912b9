import { useTranslations } from "next-intl";
import { locales, type Locale } from "@/lib/i18n/locales";

interface LanguageSwitchProps {
  current: Locale;
  action: (formData: FormData) => Promise<void>;
}

/** A form of buttons, so switching works without JavaScript too. */
export function LanguageSwitch({ current, action }: LanguageSwitchProps) {
  const t = useTranslations("language");
  return (
    <form action={action} aria-label={t("label")} className="flex items-center gap-1">
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          title={t(locale)}
          className={
            "rounded px-2 py-1 text-sm font-semibold uppercase " +
            (locale === current ? "bg-white text-brand-900" : "text-white hover:bg-brand-700")
          }
        >
          <span aria-hidden="true">{locale}</span>
          <span className="sr-only">{t(locale)}</span>
        </button>
      ))}
    </form>
  );
}
