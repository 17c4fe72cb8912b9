import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatInsz } from "@/lib/patients/insz";
import { captionClass, headClass, tableClass, thClass } from "@/components/find/styles";

export interface OfferRow {
  id: string;
  projectName: string;
  status: "OPEN" | "LATER" | "NEVER" | "STARTED";
  mocDate: string | null;
  source: { id: string; reference: string | null; patientName: string; patientIdentifier: string; responsiblePhysicianName: string };
}

const td = "px-3 py-2 align-top max-sm:block max-sm:py-0.5";
const row = "hover:bg-slate-50 max-sm:block max-sm:py-2";
const link = "text-brand-700 underline underline-offset-2 hover:decoration-2";

/**
 * The Projects tab's list (§5.8c): sent standard registrations that still qualify for a project.
 * Each row starts the prefilled project registration, or opens the registration's offers
 * ("Toon geschikte projecten").
 */
export function ProjectOfferList({ rows, formatDate, returnTo, answer }: {
  rows: readonly OfferRow[];
  formatDate: (iso: string) => string;
  returnTo: string;
  answer: (formData: FormData) => Promise<void>;
}) {
  const t = useTranslations("projects");
  if (rows.length === 0) return <p className="rounded border border-slate-200 bg-white px-4 py-3">{t("list.empty")}</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className={tableClass}>
        <caption className={captionClass}>{t("list.caption")}</caption>
        <thead className={`${headClass} max-sm:sr-only`}>
          <tr>
            <th scope="col" className={thClass}>{t("list.reference")}</th>
            <th scope="col" className={thClass}>{t("list.patient")}</th>
            <th scope="col" className={thClass}>{t("list.mocDate")}</th>
            <th scope="col" className={thClass}>{t("list.project")}</th>
            <th scope="col" className={thClass}>{t("list.status")}</th>
            <th scope="col" className={thClass}>{t("list.actions")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((item) => {
            const label = [item.source.reference, item.source.patientName || formatInsz(item.source.patientIdentifier)].filter(Boolean).join(", ");
            return (
              <tr key={item.id} className={row} data-offer-row={item.source.reference ?? ""}>
                <th scope="row" className={`${td} text-left font-semibold whitespace-nowrap`}>
                  <Link href={`/registrations/${item.source.id}/summary#projects`} className={link} aria-label={`${t("list.show")}: ${label}`}>
                    {item.source.reference}
                  </Link>
                </th>
                <td className={td}>
                  {item.source.patientName || "—"}
                  <span className="block text-xs text-slate-600">{formatInsz(item.source.patientIdentifier)} · {item.source.responsiblePhysicianName}</span>
                </td>
                <td className={`${td} whitespace-nowrap`}>
                  <span className="sm:hidden">{t("list.mocDate")}: </span>
                  {item.mocDate ? formatDate(item.mocDate) : "—"}
                </td>
                <td className={td}>{item.projectName}</td>
                <td className={`${td} text-slate-700`}>{t(`list.statuses.${item.status}`)}</td>
                <td className={`${td} max-sm:pt-2`}>
                  <form action={answer}>
                    <input type="hidden" name="offerId" value={item.id} />
                    <input type="hidden" name="choice" value="now" />
                    <input type="hidden" name="returnTo" value={returnTo} />
                    <button
                      type="submit"
                      aria-label={t("list.startFor", { project: item.projectName, row: label })}
                      className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
                    >
                      {t("list.start")}
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
