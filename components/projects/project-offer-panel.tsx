import Link from "next/link";
import { useTranslations } from "next-intl";
import { FocusOnMount } from "./focus-on-mount";

export interface OfferItem {
  id: string;
  projectName: string;
  status: "OPEN" | "LATER" | "NEVER" | "STARTED";
  projectRegistration: { id: string; reference: string | null } | null;
}

interface ProjectOfferPanelProps {
  offers: readonly OfferItem[];
  /** The page the answers come back to (the sent registration's summary). */
  returnTo: string;
  /** The offer whose "never" waits for its confirmation (figure 31). */
  confirmNeverId?: string;
  /** Where the Projects tab is. */
  projectsTabHref: string;
  answer: (formData: FormData) => Promise<void>;
}

const primary = "rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
const secondaryButton = "rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50";
const dangerButton = "rounded border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50";
const link = "font-medium text-brand-700 underline underline-offset-2 hover:decoration-2";

function AnswerForm({ offerId, choice, returnTo, answer, className, children }: { offerId: string; choice: "now" | "later" | "never"; returnTo: string; answer: ProjectOfferPanelProps["answer"]; className: string; children: React.ReactNode }) {
  return (
    <form action={answer}>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="choice" value={choice} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className={className}>{children}</button>
    </form>
  );
}

/**
 * "Deelname aan specifieke registratieprojecten" (manual §6.1.1, figure 30): per activated project
 * fill in now, later, or never for this patient — "never" asks first (figure 31). Generic: it
 * knows offers and project names, no module.
 */
export function ProjectOfferPanel({ offers, returnTo, confirmNeverId, projectsTabHref, answer }: ProjectOfferPanelProps) {
  const t = useTranslations("projects");
  const neverHref = (offerId: string) => {
    const [path] = returnTo.split("#", 1);
    return `${path}${path!.includes("?") ? "&" : "?"}never=${offerId}#projects`;
  };
  return (
    <section id="projects" aria-labelledby="projects-title" className="space-y-3 rounded border-l-8 border-brand-600 bg-white p-5 shadow-sm">
      <h2 id="projects-title" className="text-xl font-bold text-brand-900">{t("offer.title")}</h2>
      <p className="max-w-3xl text-slate-800">{t("offer.intro")}</p>
      <ul className="space-y-3">
        {offers.map((offer) => {
          const started = offer.status === "STARTED" && offer.projectRegistration !== null;
          const open = offer.status === "OPEN" || offer.status === "LATER" || (offer.status === "STARTED" && !started);
          const confirming = open && confirmNeverId === offer.id;
          return (
            <li key={offer.id} className="space-y-2 rounded border border-slate-200 p-3" data-project-offer={offer.projectName}>
              <h3 className="font-semibold text-slate-900">{offer.projectName}</h3>
              {(offer.status === "LATER" || offer.status === "NEVER" || started) && <p className="text-sm text-slate-700">{t(`status.${offer.status}`)}</p>}
              {started && offer.projectRegistration && (
                <p>
                  <Link href={`/registrations/${offer.projectRegistration.id}${offer.projectRegistration.reference ? "/summary" : ""}`} className={link}>
                    {t("offer.openProject", { reference: offer.projectRegistration.reference ?? t("offer.draft") })}
                  </Link>
                </p>
              )}
              {open && !confirming && (
                <div role="group" aria-label={t("offer.choices", { project: offer.projectName })} className="flex flex-wrap items-center gap-3">
                  <AnswerForm offerId={offer.id} choice="now" returnTo={returnTo} answer={answer} className={primary}>{t("offer.now")}</AnswerForm>
                  {offer.status !== "LATER" && (
                    <AnswerForm offerId={offer.id} choice="later" returnTo={returnTo} answer={answer} className={secondaryButton}>{t("offer.later")}</AnswerForm>
                  )}
                  <Link href={neverHref(offer.id)} className={dangerButton}>{t("offer.never")}</Link>
                </div>
              )}
              {open && !confirming && offer.status === "OPEN" && <p className="text-sm text-slate-600">{t("offer.laterHint")}</p>}
              {offer.status === "LATER" && <p className="text-sm"><Link href={projectsTabHref} className={link}>{t("offer.projectsTab")}</Link></p>}
              {confirming && (
                <FocusOnMount labelledBy={`never-${offer.id}`} className="space-y-3 rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-950 focus:outline-2 focus:outline-brand-600">
                  <h4 id={`never-${offer.id}`} className="font-semibold">{t("never.title")}</h4>
                  <p>{t("never.question", { project: offer.projectName })}</p>
                  <p className="text-sm">{t("never.note")}</p>
                  <div className="flex flex-wrap gap-3">
                    <AnswerForm offerId={offer.id} choice="never" returnTo={returnTo} answer={answer} className="rounded bg-red-700 px-5 py-2 font-semibold text-white hover:bg-red-800">{t("never.yes")}</AnswerForm>
                    <Link href={`${returnTo.split("#", 1)[0]}#projects`} className={secondaryButton}>{t("never.no")}</Link>
                  </div>
                </FocusOnMount>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
