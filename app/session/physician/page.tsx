import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { choosePhysicianAction } from "@/app/session/actions";
import { ChoiceForm } from "@/components/ui/choice-form";
import { Notice } from "@/components/ui/notice";
import { listPhysicianChoices } from "@/lib/access/choose-physician";
import { requireSessionContext, safeReturnTo, withReturnTo } from "@/lib/access/verify-session";

export const dynamic = "force-dynamic";

export default async function ChoosePhysicianPage({ searchParams }: { searchParams: Promise<{ invalid?: string; returnTo?: string }> }) {
  const context = await requireSessionContext();
  if (!context.termsAccepted) redirect(withReturnTo("/terms", (await searchParams).returnTo));
  if (context.membership?.function !== "ADMINISTRATIVE") redirect("/");
  const choices = await listPhysicianChoices(context);
  const { invalid, returnTo } = await searchParams;
  const t = await getTranslations("session");
  return (
    <section className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("physicianTitle")}</h1>
      {invalid && <Notice tone="error">{t("invalidChoice")}</Notice>}
      <p className="text-slate-600">{t("physicianIntro")}</p>
      {choices.length === 0 ? (
        <Notice tone="warning">{t("noPhysicians")}</Notice>
      ) : (
        <ChoiceForm
          action={choosePhysicianAction}
          name="physicianMembershipId"
          legend={t("physicianLegend")}
          selected={context.actingFor?.membershipId}
          submitLabel={t("confirm")}
          hidden={{ returnTo: safeReturnTo(returnTo) ?? "/" }}
          choices={choices.map((c) => ({ value: c.membershipId, label: c.name }))}
        />
      )}
    </section>
  );
}
