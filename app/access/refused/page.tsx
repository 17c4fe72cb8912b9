import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function AccessRefusedPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-xl space-y-4" aria-labelledby="refused-title">
      <h1 id="refused-title" className="text-2xl font-bold text-red-800">{t("refusedTitle")}</h1>
      <p role="alert">{reason === "no_membership" ? t("refusedNoMembership") : t("refusedUnknown")}</p>
      <Link href="/login" className="text-brand-700 underline">{t("backToLogin")}</Link>
    </section>
  );
}
