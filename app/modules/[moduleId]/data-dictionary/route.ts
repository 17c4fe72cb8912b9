import { getLocale, getTranslations } from "next-intl/server";
import { isReady } from "@/lib/access/session-context";
import { getSessionContext } from "@/lib/access/verify-session";
import { dataDictionary } from "@/lib/exports/data-dictionary";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

function refusal(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/** The export's data dictionary as CSV: the columns of the module (of the registry's export, or ?audience=hospital), no patient data. */
export async function GET(request: Request, { params }: { params: Promise<{ moduleId: string }> }): Promise<Response> {
  const { moduleId } = await params;
  const t = await getTranslations("exports.errors");
  const context = await getSessionContext();
  if (!context) return refusal(401, t("signIn"));
  if (!isReady(context)) return refusal(403, t("notReady"));
  // ?audience=hospital: the columns of the hospital's own export (with the fields never sent, marked).
  const audience = new URL(request.url).searchParams.get("audience") === "hospital" ? "hospital" : "registry";
  const dictionary = dataDictionary(moduleId, (await getLocale()) as Locale, "csv", audience);
  if (!dictionary) return refusal(404, t("not_found"));
  return new Response(dictionary.text, {
    headers: {
      "Content-Type": dictionary.contentType,
      "Content-Disposition": `attachment; filename="${dictionary.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
