"use client";

/**
 * The patient's numbers. On the INSZ path the INSZ comes first — it is the key, and its lookup
 * fills the rest (the insurer too, when the service knows it) — with the lookup's outcome right
 * under it; insurer and insurance number follow. Without INSZ the insurer and the insurance
 * number identify the patient, then another identifier.
 */

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import { insurersValidOn } from "@/lib/patients/insurer-lookup";
import { ExistingRegistrationsNotice } from "./existing-registrations-notice";
import { controlClass, Field, selectClass, type FieldMessage } from "./form-controls";
import { buttonSecondary, fieldsetClass, legendClass, PatientTextField, type PatientFieldKit } from "./patient-field-kit";
import { displayDate, type PatientFormValues } from "./patient-form-helpers";
import type { ExistingRegistrations } from "./types";
import type { LookupState, ValidInsz } from "./use-insz-lookup";
import type { IdentifiedPerson } from "@/lib/patients/identify-person";

export const REGISTER_NOTE_ID = "patient-register-note";

interface IdentifiersFieldsetProps {
  kit: PatientFieldKit;
  values: PatientFormValues;
  setField(field: "insurerCode" | "insuranceNumber" | "otherIdentifier", value: string): void;
  readOnly: boolean;
  today: string;
  moduleName: string;
  lookup: {
    validInsz: ValidInsz | null;
    currentLookup: LookupState;
    foundPerson: IdentifiedPerson | null;
    registerLocked: boolean;
    existing: ExistingRegistrations;
    onInszChange(raw: string): void;
    onInszBlur(): void;
    editManually(): void;
    restoreRegisterData(person: IdentifiedPerson): void;
  };
  inszClientMessages: FieldMessage[];
}

export function IdentifiersFieldset({ kit, values, setField, readOnly, today, moduleName, lookup, inszClientMessages }: IdentifiersFieldsetProps) {
  const t = useTranslations("patientForm");
  const { locale, label, ids, messagesFor } = kit;
  const onInszPath = values.identificationPath === "INSZ";
  const { validInsz, currentLookup, foundPerson, registerLocked } = lookup;
  const insurerOptions = insurersValidOn(today);
  const insurerMissing = values.insurerCode !== "" && !insurerOptions.some((row) => row.code === values.insurerCode);
  const fromRegister = foundPerson?.insurerCode !== undefined && values.insurerCode === foundPerson.insurerCode;

  const insurance = (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        {...ids("insurerCode")}
        label={label("insurerCode")}
        required
        hint={t("insurerHint")}
        note={fromRegister ? t("fromRegister") : undefined}
        noteId="patient-insurerCode-note"
        messages={messagesFor("insurerCode")}
      >
        {(aria) => (
          <select
            {...aria}
            name="insurerCode"
            value={values.insurerCode}
            onChange={(event) => setField("insurerCode", event.target.value)}
            disabled={readOnly}
            autoComplete="off"
            className={selectClass}
          >
            <option value="">{t("choose")}</option>
            {insurerOptions.map((row) => (
              <option key={row.code} value={row.code}>
                {row.code === "000" ? row.names[locale] : `${row.code} – ${row.names[locale]}`}
              </option>
            ))}
            {insurerMissing && <option value={values.insurerCode}>{values.insurerCode}</option>}
          </select>
        )}
      </Field>
      <PatientTextField
        kit={kit}
        field="insuranceNumber"
        value={values.insuranceNumber}
        onChange={(value) => setField("insuranceNumber", value)}
        readOnly={readOnly}
        maxLength={40}
        hint={onInszPath ? undefined : t("numberWithoutInszHint")}
        code
      />
    </div>
  );

  if (!onInszPath) {
    return (
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("legendNumbers")}</legend>
        {insurance}
        <PatientTextField
          kit={kit}
          field="otherIdentifier"
          value={values.otherIdentifier}
          onChange={(value) => setField("otherIdentifier", value)}
          readOnly={readOnly}
          maxLength={60}
          hint={t("otherIdentifierHint")}
          code
          className="max-w-md"
        />
      </fieldset>
    );
  }

  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{t("legendNumbers")}</legend>
      <Field
        {...ids("insz")}
        label={label("insz")}
        required
        hint={t("inszHint")}
        messages={messagesFor("insz", inszClientMessages)}
        note={validInsz && inszClientMessages.length === 0 ? t(validInsz.parse.kind === "bis" ? "inszValidBis" : "inszValidNational") : undefined}
        noteId="patient-insz-note"
        className="max-w-md"
      >
        {(aria) => (
          <input
            {...aria}
            type="text"
            name="insz"
            // The page's first field: focused on arrival (the shared focus-on-page-change mechanism).
            data-page-focus={readOnly ? undefined : ""}
            value={values.insz}
            onChange={(event) => lookup.onInszChange(event.target.value)}
            onBlur={lookup.onInszBlur}
            readOnly={readOnly}
            maxLength={20}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            className={`${controlClass} font-mono tracking-wide`}
          />
        )}
      </Field>

      {/* Live region kept mounted on the INSZ path, so "looking up…" is announced politely. */}
      <p aria-live="polite" className="text-sm text-slate-700">
        {currentLookup.kind === "checking" && (
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="h-3 w-3 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" />
            {t("lookingUp")}
          </span>
        )}
      </p>

      {foundPerson && (
        <div id={REGISTER_NOTE_ID} className="flex flex-wrap items-center gap-3 rounded border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-brand-900">
          <p className="flex-1">{registerLocked ? t("lookupFound") : t("lookupEdited")}</p>
          {!readOnly &&
            (registerLocked ? (
              <button type="button" onClick={lookup.editManually} className={buttonSecondary}>
                {t("editManually")}
              </button>
            ) : (
              <button type="button" onClick={() => lookup.restoreRegisterData(foundPerson)} className={buttonSecondary}>
                {t("useRegisterData")}
              </button>
            ))}
        </div>
      )}
      {foundPerson?.deceasedDate && <Notice tone="warning">{t("deceased", { date: displayDate(foundPerson.deceasedDate) })}</Notice>}
      {currentLookup.kind === "unknown" && <Notice tone="info">{t("lookupUnknown")}</Notice>}
      {currentLookup.kind === "unavailable" && <Notice tone="warning">{t("lookupUnavailable")}</Notice>}
      {currentLookup.kind === "not_configured" && <Notice tone="info">{t("lookupNotConfigured")}</Notice>}
      {currentLookup.kind === "rate_limited" && <Notice tone="warning">{t("lookupRateLimited", { seconds: currentLookup.retryAfterSeconds })}</Notice>}
      <ExistingRegistrationsNotice existing={lookup.existing} moduleName={moduleName} />

      {insurance}
    </fieldset>
  );
}
