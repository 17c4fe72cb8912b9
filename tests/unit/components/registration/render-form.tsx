/**
 * Server-renders RegistrationForm with the SRT form metadata inside NextIntlClientProvider with
 * the real registrationForm catalogue: a Next-free way to see what the browser first receives.
 * A .tsx helper because the unit project only collects *.test.ts files.
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { vi } from "vitest";
import { RegistrationForm, type RegistrationFormProps } from "@/components/registration";
import { getPickerList } from "@/lib/icdo3";
import { srtForm } from "@/lib/modules/srt/fields";
import deDates from "@/messages/de/date-input.json";
import de from "@/messages/de/registration-form.json";
import enDates from "@/messages/en/date-input.json";
import en from "@/messages/en/registration-form.json";
import frDates from "@/messages/fr/date-input.json";
import fr from "@/messages/fr/registration-form.json";
import nlDates from "@/messages/nl/date-input.json";
import nl from "@/messages/nl/registration-form.json";

/** The form's catalogue and the date control's. */
export const catalogues = {
  nl: { ...nl, ...nlDates },
  fr: { ...fr, ...frDates },
  en: { ...en, ...enDates },
  de: { ...de, ...deDates },
};
export type CatalogueLocale = keyof typeof catalogues;

export const pickerLists = { topography: getPickerList("topography"), morphology: getPickerList("morphology") };

export function renderForm(
  locale: CatalogueLocale,
  defaultValues: unknown,
  extra: Partial<RegistrationFormProps> = {},
): string {
  const onSave = vi.fn<RegistrationFormProps["onSave"]>(async () => ({ ok: true, version: 2, savedAt: new Date().toISOString() }));
  const onNext = vi.fn<RegistrationFormProps["onNext"]>(async () => undefined);
  return renderToString(
    <NextIntlClientProvider locale={locale} messages={catalogues[locale]} timeZone="Europe/Brussels">
      <RegistrationForm
        form={srtForm}
        defaultValues={defaultValues}
        locale={locale}
        pickerLists={pickerLists}
        onSave={onSave}
        onNext={onNext}
        storageKey="wbcr:test"
        {...extra}
      />
    </NextIntlClientProvider>,
  );
}
