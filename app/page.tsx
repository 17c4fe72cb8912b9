import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <section className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      </div>
    </section>
  );
}
