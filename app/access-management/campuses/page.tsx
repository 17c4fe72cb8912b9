import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { addCampusAction, renameCampusAction, setCampusActiveAction } from "@/app/access-management/campuses/actions";
import { AddCampusForm } from "@/components/campuses/add-campus-form";
import { CampusTable } from "@/components/campuses/campus-table";
import { campusScope } from "@/lib/access/campus-policy";
import { requireReadyContext } from "@/lib/access/verify-session";
import { listCampuses } from "@/lib/campuses/list-campuses";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("campuses");
  return { title: t("title") };
}

/** The access manager's campus list (Annex 55 10B.2): add, rename, deactivate and reactivate. */
export default async function CampusesPage() {
  const context = await requireReadyContext("/access-management/campuses");
  // Everyone of the hospital reads the list (the form offers it); this page is for those who keep it.
  if (!campusScope(context, "manage")) forbidden();
  const result = await listCampuses(context);
  if (!result.ok) forbidden();
  const t = await getTranslations("campuses");
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/access-management" className="text-brand-700 underline underline-offset-2">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro", { organisation: context.membership.organisationName })}</p>
      </div>

      <section aria-labelledby="add-campus-heading" className="space-y-3">
        <h2 id="add-campus-heading" className="text-xl font-semibold">
          {t("add.heading")}
        </h2>
        <AddCampusForm action={addCampusAction} headingId="add-campus-heading" />
      </section>

      <section aria-labelledby="campus-list-heading" className="space-y-3">
        <h2 id="campus-list-heading" className="text-xl font-semibold">
          {t("list.heading")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("list.intro")}</p>
        {result.data.length === 0 ? <p className="text-slate-700">{t("list.none")}</p> : <CampusTable campuses={result.data} rename={renameCampusAction} setActive={setCampusActiveAction} />}
      </section>
    </div>
  );
}
