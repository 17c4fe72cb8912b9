import Link from "next/link";
import { useTranslations } from "next-intl";

export interface UserMenuProps {
  personName: string;
  organisationName: string | null;
  functionKey: string | null;
  actingForName: string | null;
  isAdministrative: boolean;
  /** Extra pages of this profile, e.g. access management or the audit trail. */
  links: { href: string; label: string }[];
  signOut: () => Promise<void>;
}

export function UserMenu({ personName, organisationName, functionKey, actingForName, isAdministrative, links, signOut }: UserMenuProps) {
  const t = useTranslations("session");
  const tf = useTranslations("functions");
  return (
    <nav aria-label={t("userMenu")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span>
        <span className="font-semibold">{personName}</span>
        {organisationName && functionKey && (
          <span className="text-brand-100"> · {organisationName} · {tf(functionKey as "SPECIALIST")}</span>
        )}
        {actingForName && <span className="text-brand-100"> · {t("actingFor", { name: actingForName })}</span>}
      </span>
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="underline hover:text-brand-100">{link.label}</Link>
      ))}
      <Link href="/session/organisation" className="underline hover:text-brand-100">{t("switchOrganisation")}</Link>
      {isAdministrative && (
        <Link href="/session/physician" className="underline hover:text-brand-100">{t("switchPhysician")}</Link>
      )}
      <form action={signOut}>
        <button type="submit" className="rounded border border-white/60 px-2 py-0.5 hover:bg-brand-700">
          {t("signOut")}
        </button>
      </form>
    </nav>
  );
}
