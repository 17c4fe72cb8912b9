"use server";

import { cookies } from "next/headers";
import { secureCookiesOutsideAuth } from "@/lib/config/auth";
import { localeCookieName, ZLocale } from "@/lib/i18n/locales";

const oneYearInSeconds = 60 * 60 * 24 * 365;

/** Remembers the chosen UI language; setting a cookie in an action re-renders the page. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = ZLocale.safeParse(formData.get("locale"));
  if (!parsed.success) return; // an unknown language changes nothing
  (await cookies()).set(localeCookieName, parsed.data, {
    path: "/",
    maxAge: oneYearInSeconds,
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookiesOutsideAuth(),
  });
}
