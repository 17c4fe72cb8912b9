"use server";

import { cookies } from "next/headers";
import { secureCookiesOutsideAuth } from "@/lib/config/auth";
import { isLocale, localeCookieName } from "@/lib/i18n/locales";

const oneYearInSeconds = 60 * 60 * 24 * 365;

/** Remembers the chosen UI language; setting a cookie in an action re-renders the page. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return; // an unknown language changes nothing
  (await cookies()).set(localeCookieName, locale, {
    path: "/",
    maxAge: oneYearInSeconds,
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookiesOutsideAuth(),
  });
}
