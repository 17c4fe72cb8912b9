/**
 * The login rate limit at the next-auth route: the start of a login (POST /api/auth/signin/…)
 * and eHealth's callback (GET /api/auth/callback/…) count per client address. Everything else
 * next-auth serves (csrf token, providers, session) is not a login attempt and is not counted.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/request";
import { clientAddress } from "./client-address";
import { checkRateLimit } from "./rate-limit";

export function countsAsLoginAttempt(method: string, segments: readonly string[]): boolean {
  const [action] = segments;
  return (action === "signin" && method === "POST") || action === "callback";
}

/** Null when the request may go on; otherwise the 429 response to send instead. */
export async function refuseOverLoginLimit(request: Request, segments: readonly string[]): Promise<Response | null> {
  if (!countsAsLoginAttempt(request.method, segments)) return null;
  const decision = await checkRateLimit("login", { key: clientAddress(request.headers) });
  if (decision.allowed) return null;
  const seconds = decision.retryAfterSeconds;
  const headers = { "Retry-After": String(seconds), "Cache-Control": "no-store" };
  // The sign-in button (next-auth/react) fetches this and goes wherever `url` says.
  if (request.method === "POST") {
    return Response.json({ url: `/login?limited=${seconds}` }, { status: 429, headers });
  }
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: "auth" });
  const page = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(t("limitedTitle"))}</title></head>` +
    `<body><main><h1>${escapeHtml(t("limitedTitle"))}</h1><p>${escapeHtml(t("limited", { seconds }))}</p>` +
    `<p><a href="/login">${escapeHtml(t("backToLogin"))}</a></p></main></body></html>`;
  return new Response(page, { status: 429, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
