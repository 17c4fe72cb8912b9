import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { addMemberAction, linkPhysicianAction, removeLinkAction, setMembershipActiveAction } from "@/app/access-management/actions";
import { AddMemberForm } from "@/components/access-management/add-member-form";
import { LinkPhysicianForm } from "@/components/access-management/link-physician-form";
import { MemberTable } from "@/components/access-management/member-table";
import { listMembers } from "@/lib/access-management/list-members";
import { requireReadyContext } from "@/lib/access/verify-session";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("accessManagement");
  return { title: t("title") };
}

/** The access manager's page: people, functions and links of their own hospital. */
export default async function AccessManagementPage() {
  const context = await requireReadyContext("/access-management");
  const overview = await listMembers(context);
  if (!overview.ok) forbidden();
  const { organisationName, people, administratives, physicians } = overview.data;
  const t = await getTranslations("accessManagement");
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro", { organisation: organisationName })}</p>
        <p>
          <Link href="/access-management/campuses" className="text-brand-700 underline underline-offset-2">
            {t("campusesLink")}
          </Link>
        </p>
      </div>

      <section aria-labelledby="add-member-heading" className="space-y-3">
        <h2 id="add-member-heading" className="text-xl font-semibold">{t("add.heading")}</h2>
        <AddMemberForm action={addMemberAction} />
      </section>

      <section aria-labelledby="link-heading" className="space-y-3">
        <h2 id="link-heading" className="text-xl font-semibold">{t("link.heading")}</h2>
        <p className="max-w-3xl text-slate-700">{t("link.intro")}</p>
        <LinkPhysicianForm action={linkPhysicianAction} administratives={administratives} physicians={physicians} />
      </section>

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-xl font-semibold">{t("list.heading")}</h2>
        <p className="max-w-3xl text-slate-700">{t("list.intro")}</p>
        <MemberTable people={people} setActive={setMembershipActiveAction} removeLink={removeLinkAction} />
      </section>
    </div>
  );
}
