/**
 * Server-renders PatientIdentificationForm inside NextIntlClientProvider with the real
 * patientForm catalogue. A .tsx helper because the unit project only collects *.test.ts files.
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { vi } from "vitest";
import { PatientIdentificationForm } from "@/components/patients/patient-identification-form";
import type { PatientIdentificationFormProps } from "@/components/patients/types";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import de from "@/messages/de/patient-form.json";
import en from "@/messages/en/patient-form.json";
import fr from "@/messages/fr/patient-form.json";
import nl from "@/messages/nl/patient-form.json";

export const catalogues = { nl, fr, en, de };
export type CatalogueLocale = keyof typeof catalogues;

export function renderForm(
  locale: CatalogueLocale,
  defaultValues: TPatientIdentification = {},
  extra: Partial<PatientIdentificationFormProps> = {},
) {
  const identify = vi.fn<PatientIdentificationFormProps["identify"]>(async () => ({ status: "unavailable", existing: null }));
  const submit = vi.fn<PatientIdentificationFormProps["submit"]>(async () => undefined);
  const html = renderToString(
    <NextIntlClientProvider locale={locale} messages={catalogues[locale]} timeZone="Europe/Brussels">
      <PatientIdentificationForm
        locale={locale}
        moduleName="SRT"
        defaultValues={defaultValues}
        identify={identify}
        submit={submit}
        {...extra}
      />
    </NextIntlClientProvider>,
  );
  return { html, identify, submit };
}
