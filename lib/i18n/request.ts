/** next-intl request configuration: the locale comes from the user's cookie, else the browser. */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadCatalogue } from "./catalogue";
import { isLocale, localeCookieName, negotiateLocale, type Locale } from "./locales";

export async function currentLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookieName)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return {
    locale,
    messages: loadCatalogue(locale),
    timeZone: "Europe/Brussels",
  };
});
