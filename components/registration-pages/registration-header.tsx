import { useTranslations } from "next-intl";
import { useDateTime } from "@/components/format/use-date-time";
import { formatInsz } from "@/lib/patients/insz";
import type { RegistrationView } from "@/lib/registrations/registration-view";

/** Who and what this registration is, on every page of it. */
export function RegistrationHeader({ registration }: { registration: RegistrationView }) {
  const t = useTranslations("registration");
  const dateTime = useDateTime();
  const { patient } = registration;
  const name = [patient.lastName, patient.firstName].filter(Boolean).join(", ");
  const identifier = patient.insz ? formatInsz(patient.insz.replace(/\D/g, "")) : patient.insuranceNumber ?? patient.otherIdentifier ?? "";
  return (
    <dl className="grid gap-x-6 gap-y-1 rounded border border-slate-200 bg-white px-4 py-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
      <div>
        <dt className="text-slate-500">{t("patient")}</dt>
        <dd className="font-medium">{name || "—"} {identifier && <span className="text-slate-600">({identifier})</span>}</dd>
      </div>
      <div>
        <dt className="text-slate-500">{t("responsiblePhysician")}</dt>
        <dd className="font-medium">{registration.responsiblePhysician.name}</dd>
      </div>
      <div>
        <dt className="text-slate-500">{registration.reference ? t("reference") : t("lastChange")}</dt>
        <dd className="font-medium">
          {registration.reference ?? dateTime(registration.updatedAt)}
        </dd>
      </div>
      <div>
        <dt className="sr-only">Status</dt>
        <dd>
          <span className={"rounded px-2 py-0.5 text-xs font-semibold " + (registration.status === "SENT" ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-800")}>
            {t(`status.${registration.status}`)}
          </span>
          {registration.correctionOfReference && (
            <span className="ml-2 text-xs text-slate-600">{t("correctionOf", { reference: registration.correctionOfReference })}</span>
          )}
          {registration.copiedFrom && (
            <span className="ml-2 text-xs text-slate-600" data-copied-from={registration.copiedFrom.id}>
              {t("copiedFrom", { source: registration.copiedFrom.reference ?? t("newFrom.savedRegistration") })}
            </span>
          )}
          {registration.kind === "FOLLOW_UP" && (
            <span className="ml-2 text-xs text-slate-600">{t("followUp.of", { reference: registration.followUpOf?.reference ?? "—" })}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
