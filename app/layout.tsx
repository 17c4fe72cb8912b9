import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { setLocale } from "@/app/actions/set-locale";
import { keepAliveAction, sessionExpiryAction, signOutAction } from "@/app/session/actions";
import { InactivityWarning } from "@/components/auth/inactivity-warning";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { PageFocus } from "@/components/layout/page-focus";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { UserMenu } from "@/components/layout/user-menu";
import { getSessionContext } from "@/lib/access/verify-session";
import { authConfig } from "@/lib/config/auth";
import type { Locale } from "@/lib/i18n/locales";
import { profilePages } from "./profile-pages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: `${t("name")} — ${t("fullName")}`, description: t("tagline"), icons: { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }, { url: "/favicon.ico", sizes: "32x32" }] } };
}

// The layout only displays who is signed in; every page and action checks access itself.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("app");
  const context = await getSessionContext();
  const profileLinks = context ? await profilePages(context) : [];
  const userMenu = context && (
    <UserMenu
      personName={`${context.person.firstName} ${context.person.lastName}`}
      organisationName={context.membership?.organisationName ?? null}
      functionKey={context.membership?.function ?? null}
      actingForName={context.actingFor?.name ?? null}
      isAdministrative={context.membership?.function === "ADMINISTRATIVE"}
      links={profileLinks}
      signOut={signOutAction}
    />
  );
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          <SiteHeader userMenu={userMenu} languageSwitch={<LanguageSwitch current={locale} action={setLocale} />} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
          <Suspense fallback={null}>
            <PageFocus />
          </Suspense>
          {context && (
            <InactivityWarning
              initialExpiresAt={context.expiresAt.toISOString()}
              warningSeconds={authConfig().warningSeconds}
              checkExpiry={sessionExpiryAction}
              keepAlive={keepAliveAction}
            />
          )}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
