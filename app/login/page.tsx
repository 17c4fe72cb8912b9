import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SignInButton } from "@/components/auth/sign-in-button";
import { Notice } from "@/components/ui/notice";
import { getSessionContext } from "@/lib/access/verify-session";

export const dynamic = "force-dynamic";

type Search = Promise<{ returnTo?: string; reason?: string; signedOut?: string; error?: string }>;

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const { returnTo, reason, signedOut, error } = await searchParams;
  const safeReturnTo = returnTo?.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/";
  if (await getSessionContext()) redirect(safeReturnTo);
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{t("loginTitle")}</h1>
      {signedOut && <Notice tone="success">{t("signedOut")}</Notice>}
      {reason === "expired" && <Notice tone="warning">{t("expired")}</Notice>}
      {error && <Notice tone="error">{t("error")}</Notice>}
      <p>{t("loginIntro")}</p>
      <SignInButton label={t("loginButton")} callbackUrl={safeReturnTo} locale={await getLocale()} />
    </section>
  );
}
