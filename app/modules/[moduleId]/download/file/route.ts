import { getLocale, getTranslations } from "next-intl/server";
import { getSessionContext } from "@/lib/access/verify-session";
import { toByteStream } from "@/lib/exports/byte-stream";
import { exportRegistrations } from "@/lib/exports/export-registrations";
import { parseExportQuery, type QueryFields } from "@/lib/exports/export-query";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ moduleId: string }> };

function refusal(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/**
 * F-BULK-2..4: the download itself, streamed. Checks the session and the disclaimer
 * confirmation itself; the policy decides which rows (lib/exports/export-registrations.ts).
 */
async function download(moduleId: string, fields: QueryFields): Promise<Response> {
  const t = await getTranslations("exports.errors");
  const context = await getSessionContext();
  if (!context) return refusal(401, t("signIn"));
  const parsed = parseExportQuery(fields);
  if (!parsed.ok) return refusal(400, parsed.problems.map((problem) => t(problem)).join("\n"));
  const prepared = exportRegistrations(context, { moduleId, ...parsed.query, locale: (await getLocale()) as Locale });
  if (!prepared.ok) {
    const status = prepared.code === "not_found" ? 404 : prepared.code === "forbidden" ? 403 : 400;
    return refusal(status, t(prepared.code === "not_found" || prepared.code === "forbidden" ? prepared.code : "invalid"));
  }
  const { fileName, contentType, chunks } = prepared.data;
  return new Response(toByteStream(chunks), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * The download page's form, posted (kind, from, to, format, header, confirm=1, ids=…): an
 * export starts only from a POST carrying the confirmed disclaimer. There is no GET: a link
 * from another site (which a top-level GET would follow with the Lax session cookie) cannot
 * start one, and proxy.ts refuses a cross-site POST.
 */
export async function POST(request: Request, { params }: RouteContext): Promise<Response> {
  const { moduleId } = await params;
  const form = await request.formData().catch(() => null);
  if (!form) return refusal(400, (await getTranslations("exports.errors"))("invalid"));
  return download(moduleId, form);
}
