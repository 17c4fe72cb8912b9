import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * "Who looked up this patient?": the INSZ is posted to a server action, kept on the server
 * (lib/patients/patient-search.ts), and the trail opens with only the search's id in its address.
 */
export function PatientLookupForm({
  action,
  insz,
  invalid,
}: {
  action: (formData: FormData) => Promise<void>;
  /** The INSZ whose lookups are shown, formatted; null when the filter is not in use. */
  insz: string | null;
  invalid: boolean;
}) {
  const t = useTranslations("audit.patientLookup");
  return (
    <form action={action} aria-labelledby="patient-lookup-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h3 id="patient-lookup-heading" className="font-semibold">{t("heading")}</h3>
      <p id="patient-lookup-hint" className="text-sm text-slate-600">{t("hint")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="patient-lookup-insz" className="block font-medium">{t("insz")}</label>
          <input
            id="patient-lookup-insz"
            name="insz"
            inputMode="numeric"
            autoComplete="off"
            maxLength={40}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "patient-lookup-hint patient-lookup-error" : "patient-lookup-hint"}
            className="mt-1 block rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600"
          />
        </div>
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{t("submit")}</button>
        {insz && <Link href="/audit" className="text-brand-700 underline">{t("clear")}</Link>}
      </div>
      {invalid && <p id="patient-lookup-error" role="alert" className="text-sm font-medium text-red-700">{t("invalid")}</p>}
      {insz && <p role="status" className="font-medium text-slate-800">{t("active", { insz })}</p>}
    </form>
  );
}
