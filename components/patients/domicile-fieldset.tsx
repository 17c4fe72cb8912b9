"use client";

/** Where the patient lives: postal code, town and country (abroad: a foreign postal code and country). */

import { useTranslations } from "next-intl";
import { BELGIUM, countryOptions, findCountry } from "./countries";
import { Field, selectClass } from "./form-controls";
import { fieldsetClass, legendClass, PatientTextField, type PatientFieldKit } from "./patient-field-kit";
import type { PatientFormValues } from "./patient-form-helpers";

interface DomicileFieldsetProps {
  kit: PatientFieldKit;
  values: PatientFormValues;
  setField(field: "postalCode" | "town" | "country", value: string): void;
  fieldLocked: boolean;
  registerNote: readonly string[];
}

export function DomicileFieldset({ kit, values, setField, fieldLocked, registerNote }: DomicileFieldsetProps) {
  const t = useTranslations("patientForm");
  const { locale, label, ids, messagesFor } = kit;
  const abroad = values.identificationPath === "NO_INSZ_ABROAD";
  const countries = countryOptions(locale).filter((country) => !abroad || country.code !== BELGIUM);
  const countryMissing = values.country !== "" && findCountry(values.country) === undefined;
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{t("legendDomicile")}</legend>
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <PatientTextField
          kit={kit}
          field="postalCode"
          value={values.postalCode}
          onChange={(value) => setField("postalCode", value)}
          readOnly={fieldLocked}
          maxLength={12}
          required
          hint={abroad ? t("postalCodeAbroadHint") : undefined}
          describedBy={registerNote}
          code
        />
        <PatientTextField
          kit={kit}
          field="town"
          value={values.town}
          onChange={(value) => setField("town", value)}
          readOnly={fieldLocked}
          maxLength={100}
          required
          describedBy={registerNote}
        />
      </div>
      <Field
        {...ids("country")}
        label={label("country")}
        required
        hint={abroad ? t("countryAbroadHint") : undefined}
        describedBy={registerNote}
        messages={messagesFor("country")}
        className="max-w-md"
      >
        {(aria) => (
          <select
            {...aria}
            name="country"
            value={values.country}
            onChange={(event) => setField("country", event.target.value)}
            disabled={fieldLocked}
            autoComplete="off"
            className={selectClass}
          >
            <option value="">{t("choose")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.names[locale]}
              </option>
            ))}
            {countryMissing && <option value={values.country}>{values.country}</option>}
          </select>
        )}
      </Field>
    </fieldset>
  );
}
