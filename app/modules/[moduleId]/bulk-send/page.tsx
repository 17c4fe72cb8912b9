import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BulkSendPanel } from "@/components/bulk-send/bulk-send-panel";
import { findHref } from "@/components/find/search-controls";
import { canUseModule, registrationWhere } from "@/lib/access/policy";
import { requireReadyContext } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";
import { getModule } from "@/lib/modules/registry";
import { listBulkCandidates } from "@/lib/registrations/bulk-send";
import { bulkSendChunkAction } from "./actions";

export const dynamic = "force-dynamic";

/** F-BULK-1: the user's validated drafts in the declaration, to send all or a selection at once. */
export default async function BulkSendPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const context = await requireReadyContext(`/modules/${moduleId}/bulk-send`);
  const declaration = getModule(moduleId);
  if (!declaration) notFound();
  if (!canUseModule(context, declaration)) forbidden();
  if (!registrationWhere(context, "send")) forbidden();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("find.bulk");
  const candidates = await listBulkCandidates(context, declaration.id);
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{t("title", { module: declaration.name[locale] })}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <BulkSendPanel items={candidates} sendChunk={bulkSendChunkAction.bind(null, declaration.id)} />
      <p>
        <Link href={findHref(declaration.id, "saved")} className="text-brand-700 underline underline-offset-2">
          {t("searchLink")}
        </Link>
      </p>
    </section>
  );
}
