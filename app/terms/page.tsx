import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { acceptTermsAction } from "@/app/session/actions";
import { Notice } from "@/components/ui/notice";
import { getCurrentTerms } from "@/lib/access/accept-terms";
import { requireSessionContext, safeReturnTo } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export default async function TermsPage({ searchParams }: { searchParams: Promise<{ stale?: string; returnTo?: string }> }) {
  const context = await requireSessionContext();
  const terms = await getCurrentTerms((await getLocale()) as Locale);
  const { stale, returnTo } = await searchParams;
  if (!terms || context.termsAccepted) redirect(safeReturnTo(returnTo) ?? "/");
  const t = await getTranslations("terms");
  return (
    <section className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {stale && <Notice tone="warning">{t("stale")}</Notice>}
      <p className="text-slate-600">{t("intro")}</p>
      <article className="rounded border border-slate-200 bg-white p-4" aria-label={t("version", { version: terms.version })}>
        <p className="mb-2 text-sm text-slate-500">{t("version", { version: terms.version })}</p>
        <p className="whitespace-pre-line">{terms.body}</p>
      </article>
      <form action={acceptTermsAction}>
        <input type="hidden" name="version" value={terms.version} />
        <input type="hidden" name="returnTo" value={safeReturnTo(returnTo) ?? "/"} />
        <button type="submit" className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          {t("accept")}
        </button>
      </form>
    </section>
  );
}
