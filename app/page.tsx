import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { sessionStage } from "@/lib/access/session-context";
import { getSessionContext, stagePaths } from "@/lib/access/verify-session";
import type { Locale } from "@/lib/i18n/locales";
import { listModules } from "@/lib/modules/registry";
import { moduleActions, visibleModule } from "@/lib/modules/module-actions";
import { ModuleList } from "@/components/home/module-list";
import { SendWindowNotice, type SendWindowNoticeEntry } from "@/components/home/send-window-notice";
import { sendWindowCounts } from "@/lib/registrations/send-window-worklist";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const context = await getSessionContext();
  const stage = context && sessionStage(context);
  if (stage && stage !== "ready") redirect(stagePaths[stage]);
  const locale = (await getLocale()) as Locale;
  const modules = context ? listModules(locale).filter((m) => visibleModule(m, context)) : [];
  // The send window's worklist, counted for the modules shown: a reminder after the list.
  const worklists: SendWindowNoticeEntry[] = [];
  for (const declaration of modules.filter((m) => m.sendWindow)) {
    const counts = await sendWindowCounts(context, declaration.id);
    if (counts && counts.due + counts.overdue > 0) worklists.push({ moduleId: declaration.id, moduleName: declaration.name[locale], ...counts });
  }
  return (
    <section className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      </div>
      {!context ? (
        <Link href="/login" className="inline-block rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          {t("signIn")}
        </Link>
      ) : (
        <section aria-labelledby="modules-heading" className="space-y-3">
          <h2 id="modules-heading" className="text-xl font-semibold">{t("modulesHeading")}</h2>
          {modules.length === 0 ? (
            <p className="text-slate-600">{t("noModules")}</p>
          ) : (
            <ModuleList
              modules={modules.map((module) => ({
                id: module.id,
                name: module.name[locale],
                actions: moduleActions(module, context),
              }))}
            />
          )}
        </section>
      )}
      <SendWindowNotice entries={worklists} />
    </section>
  );
}
