import { getLocale, getTranslations } from "next-intl/server";
import { getSessionContext } from "@/lib/access/verify-session";
import { toByteStream } from "@/lib/exports/byte-stream";
import { exportRegistrations } from "@/lib/exports/export-registrations";
import { parseExportQuery } from "@/lib/exports/export-query";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

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
export async function GET(request: Request, { params }: { params: Promise<{ moduleId: string }> }): Promise<Response> {
  const { moduleId } = await params;
  const t = await getTranslations("exports.errors");
  const context = await getSessionContext();
  if (!context) return refusal(401, t("signIn"));
  const parsed = parseExportQuery(new URL(request.url).searchParams);
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
