import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SignInButton } from "@/components/auth/sign-in-button";
import { Notice } from "@/components/ui/notice";
import { getSessionContext, safeReturnTo } from "@/lib/access/verify-session";

export const dynamic = "force-dynamic";

type Search = Promise<{ returnTo?: string; reason?: string; signedOut?: string; error?: string; limited?: string }>;

/** Seconds to wait, as the login rate limit (lib/security/login-rate-limit.ts) put them in the URL. */
function waitSeconds(limited: string | undefined): number | null {
  const seconds = Number(limited);
  return Number.isInteger(seconds) && seconds > 0 && seconds <= 3600 ? seconds : null;
}

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const { returnTo, reason, signedOut, error, limited } = await searchParams;
  const target = safeReturnTo(returnTo) ?? "/";
  if (await getSessionContext()) redirect(target);
  const t = await getTranslations("auth");
  const wait = waitSeconds(limited);
  return (
    <section className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{t("loginTitle")}</h1>
      {signedOut && <Notice tone="success">{t("signedOut")}</Notice>}
      {reason === "expired" && <Notice tone="warning">{t("expired")}</Notice>}
      {reason === "ended" && <Notice tone="warning">{t("ended")}</Notice>}
      {error && <Notice tone="error">{t("error")}</Notice>}
      {wait && <Notice tone="warning">{t("limited", { seconds: wait })}</Notice>}
      <p>{t("loginIntro")}</p>
      <SignInButton label={t("loginButton")} callbackUrl={target} locale={await getLocale()} />
    </section>
  );
}
