"use client";

/** Who the patient is: names, birth date and sex, from the register or typed by hand. */

import { useTranslations } from "next-intl";
import { sexLabels } from "@/lib/patients/patient-messages";
import { DateInput } from "@/components/ui/date-input";
import type { DatePrecision } from "@/components/ui/date-text";
import { Field, RadioGroup, type FieldMessage } from "./form-controls";
import { fieldsetClass, legendClass, PatientTextField, type PatientFieldKit } from "./patient-field-kit";
import type { PatientFormValues, PatientSex } from "./patient-form-helpers";

/** A birth date may be known to the month or the year only (as in the INSZ). */
const BIRTH_DATE_PRECISIONS: readonly DatePrecision[] = ["day", "month", "year"];

interface PersonFieldsetProps {
  kit: PatientFieldKit;
  values: PatientFormValues;
  setField(field: "lastName" | "firstName" | "birthDate", value: string): void;
  setSex(value: PatientSex): void;
  /** Read-only: the register's data, or a registration that cannot change. */
  fieldLocked: boolean;
  registerLocked: boolean;
  registerNote: readonly string[];
  /** The sex the INSZ encodes: shown and locked. */
  sexFromInsz: "M" | "F" | null;
  partialBirthDateExpected: boolean;
  inszDerivedBirthDate: boolean;
  birthDateClientMessages: FieldMessage[];
  onBirthDateTyped(): void;
  onBirthDateBlur(): void;
}

export function PersonFieldset({
  kit,
  values,
  setField,
  setSex,
  fieldLocked,
  registerLocked,
  registerNote,
  sexFromInsz,
  partialBirthDateExpected,
  inszDerivedBirthDate,
  birthDateClientMessages,
  onBirthDateTyped,
  onBirthDateBlur,
}: PersonFieldsetProps) {
  const t = useTranslations("patientForm");
  const { locale, label, ids, messagesFor } = kit;
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{t("legendPatient")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {(["lastName", "firstName"] as const).map((field) => (
          <PatientTextField
            key={field}
            kit={kit}
            field={field}
            value={values[field]}
            onChange={(value) => setField(field, value)}
            readOnly={fieldLocked}
            maxLength={100}
            required
            describedBy={registerNote}
          />
        ))}
        <Field
          {...ids("birthDate")}
          label={label("birthDate")}
          required
          hint={partialBirthDateExpected ? t("birthDatePartialHint") : undefined}
          describedBy={registerNote}
          note={inszDerivedBirthDate ? t("derivedFromInsz") : undefined}
          noteId="patient-birthDate-note"
          messages={messagesFor("birthDate", birthDateClientMessages)}
        >
          {(aria) => (
            <DateInput
              id={aria.id}
              describedBy={aria["aria-describedby"]}
              aria-invalid={aria["aria-invalid"]}
              aria-required={aria["aria-required"]}
              name="birthDate"
              allow={BIRTH_DATE_PRECISIONS}
              reportProblems={false}
              value={values.birthDate}
              onValueChange={(value) => {
                onBirthDateTyped();
                setField("birthDate", value);
              }}
              onBlur={onBirthDateBlur}
              readOnly={fieldLocked}
              inputClassName={fieldLocked ? "bg-slate-100" : ""}
            />
          )}
        </Field>
        <RadioGroup
          {...ids("sex")}
          name="sex"
          legend={label("sex")}
          required
          inline
          options={(["M", "F"] as const).map((value) => ({ value, label: sexLabels[value][locale] }))}
          value={sexFromInsz ?? values.sex}
          onChange={(value) => setSex(value === "M" || value === "F" ? value : "")}
          disabled={fieldLocked || sexFromInsz !== null}
          note={sexFromInsz !== null && !registerLocked ? t("sexFromInsz") : registerLocked ? t("fromRegister") : undefined}
          noteId="patient-sex-note"
          messages={messagesFor("sex")}
        />
      </div>
    </fieldset>
  );
}
