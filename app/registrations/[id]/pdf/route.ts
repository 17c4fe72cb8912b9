import { getLocale } from "next-intl/server";
import { getSessionContext } from "@/lib/access/verify-session";
import { isUuid } from "@/lib/security/path-id";
import type { Locale } from "@/lib/i18n/locales";
import { printRegistration } from "@/lib/registrations/print-registration";

export const dynamic = "force-dynamic";

/** F-REG-6: the registration (and/or its printouts, ?parts=) as a PDF, in the user's language; the policy decides, per request. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  if (!isUuid(id)) return notFound();
  // ?parts=registration,moc: the registration and/or its printouts in one file (lib/modules/printouts.ts).
  const parts = new URL(request.url).searchParams.get("parts");
  const printed = await printRegistration(await getSessionContext(), id, (await getLocale()) as Locale, undefined, undefined, parts);
  if (!printed) return notFound();
  return new Response(new Uint8Array(printed.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${printed.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
