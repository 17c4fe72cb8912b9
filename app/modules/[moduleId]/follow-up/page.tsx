import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/access/access-denied";
import { FollowUpChooser } from "@/components/registration-pages/follow-up-chooser";
import { canUseModule, responsiblePhysicianFor } from "@/lib/access/policy";
import { requireReadyContext } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import { createFollowUpAction, findFollowUpOriginalsAction } from "./actions";

export const dynamic = "force-dynamic";

/** F-HOME-2: a follow-up starts from the patient's sent registration it follows. */
export default async function FollowUpPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const context = await requireReadyContext(`/modules/${moduleId}/follow-up`);
  const declaration = getModule(moduleId);
  if (!declaration?.allowsFollowUp) notFound();
  if (!canUseModule(context, declaration) || !responsiblePhysicianFor(context)) return <AccessDenied reason="module" />;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("registration.followUp");
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title", { module: declaration.name[locale] })}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <FollowUpChooser find={findFollowUpOriginalsAction.bind(null, declaration.id)} create={createFollowUpAction} />
    </section>
  );
}
