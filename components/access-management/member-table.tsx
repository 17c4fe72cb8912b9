import { useTranslations } from "next-intl";
import type { ManagedMembership, ManagedPerson } from "@/lib/access-management/list-members";
import { isSpecialty } from "@/lib/access-management/specialties";
import { formatInsz } from "@/lib/patients/insz";
import { RowActionForm } from "./row-action-form";
import type { FormAction } from "./use-form-action";

interface MemberTableProps {
  people: ManagedPerson[];
  setActive: FormAction;
  removeLink: FormAction;
}

/** The people of the hospital, their functions there (active or not) and, for administrative staff, their physicians. */
export function MemberTable({ people, setActive, removeLink }: MemberTableProps) {
  const t = useTranslations("accessManagement");
  if (people.length === 0) return <p className="text-slate-600">{t("list.empty")}</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t("list.name")}</th>
            <th scope="col" className="px-3 py-2">{t("list.insz")}</th>
            <th scope="col" className="px-3 py-2">{t("list.functions")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {people.map((person) => (
            <tr key={person.id} className="align-top">
              <th scope="row" className="px-3 py-2 font-semibold">{person.firstName} {person.lastName}</th>
              <td className="whitespace-nowrap px-3 py-2 font-mono">{formatInsz(person.insz)}</td>
              <td className="px-3 py-2">
                <ul className="space-y-3">
                  {person.memberships.map((membership) => (
                    <MembershipItem
                      key={membership.id}
                      membership={membership}
                      personName={`${person.firstName} ${person.lastName}`}
                      setActive={setActive}
                      removeLink={removeLink}
                    />
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface MembershipItemProps {
  membership: ManagedMembership;
  personName: string;
  setActive: FormAction;
  removeLink: FormAction;
}

function MembershipItem({ membership, personName, setActive, removeLink }: MembershipItemProps) {
  const t = useTranslations("accessManagement");
  const tf = useTranslations("functions");
  const functionName = tf(membership.function);
  const details = [
    membership.nihii && t("list.nihii", { nihii: membership.nihii }),
    membership.specialty && (isSpecialty(membership.specialty) ? t(`specialties.${membership.specialty}`) : membership.specialty),
  ].filter(Boolean);
  const toggleLabel = membership.active ? t("list.deactivate") : t("list.reactivate");

  return (
    <li className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{functionName}</span>
        <span
          className={
            "rounded px-1.5 py-0.5 text-xs font-semibold " +
            (membership.active ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-700")
          }
        >
          {membership.active ? t("list.active") : t("list.inactive")}
        </span>
        {details.length > 0 && <span className="text-slate-600">{details.join(" · ")}</span>}
        {membership.own ? (
          <span className="text-xs text-slate-600">{t("list.own")}</span>
        ) : (
          <RowActionForm
            key={String(membership.active)}
            action={setActive}
            fields={{ membershipId: membership.id, active: String(!membership.active) }}
            label={toggleLabel}
            accessibleLabel={t("list.membershipActionLabel", { action: toggleLabel, function: functionName, name: personName })}
            tone={membership.active ? "danger" : "neutral"}
          />
        )}
      </div>
      {membership.function === "ADMINISTRATIVE" && (
        <div className="pl-4">
          <p className="text-slate-700">{t("list.worksFor")}</p>
          {membership.physicians.length === 0 ? (
            <p className="text-slate-600">{t("list.noPhysicians")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {membership.physicians.map((physician) => (
                <li key={physician.linkId}>
                  <span className="flex flex-wrap items-center gap-2">
                    <span>
                      {physician.name}
                      {!physician.active && <span className="text-slate-600"> ({t("list.inactive")})</span>}
                    </span>
                    {!membership.own && (
                      <RowActionForm
                        action={removeLink}
                        fields={{ linkId: physician.linkId }}
                        label={t("list.unlink")}
                        accessibleLabel={t("list.unlinkLabel", { action: t("list.unlink"), name: personName, physician: physician.name })}
                        tone="danger"
                      />
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
