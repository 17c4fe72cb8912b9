import { getTranslations } from "next-intl/server";
import { chooseMembershipAction } from "@/app/session/actions";
import { ChoiceForm } from "@/components/ui/choice-form";
import { Notice } from "@/components/ui/notice";
import { listMembershipChoices } from "@/lib/access/choose-membership";
import { requireSessionContext, safeReturnTo, withReturnTo } from "@/lib/access/verify-session";
import { redirect } from "next/navigation";

export const dynamic = "force-dynamic";

export default async function ChooseOrganisationPage({ searchParams }: { searchParams: Promise<{ invalid?: string; returnTo?: string }> }) {
  const context = await requireSessionContext();
  if (!context.termsAccepted) redirect(withReturnTo("/terms", (await searchParams).returnTo));
  const choices = await listMembershipChoices(context.person.id);
  const { invalid, returnTo } = await searchParams;
  const t = await getTranslations("session");
  const tf = await getTranslations("functions");
  return (
    <section className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("organisationTitle")}</h1>
      {invalid && <Notice tone="error">{t("invalidChoice")}</Notice>}
      <p className="text-slate-600">{t("organisationIntro")}</p>
      <ChoiceForm
        action={chooseMembershipAction}
        name="membershipId"
        legend={t("organisationLegend")}
        selected={context.membership?.id}
        submitLabel={t("confirm")}
        hidden={{ returnTo: safeReturnTo(returnTo) ?? "/" }}
        choices={choices.map((c) => ({
          value: c.id,
          label: c.organisationName,
          hint: tf(c.function as "SPECIALIST"),
        }))}
      />
    </section>
  );
}
