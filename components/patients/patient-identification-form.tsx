"use client";

/**
 * Patient identification, the first page of every registration (F-PAT,
 * ../shared/spec/patient-identification.md, WBCR manual 6.1).
 *
 * Flow: choose how the patient is identified; with an INSZ the number is checked as it is typed
 * (parseInsz, the same code the server runs) and, once valid, looked up at IdentifyPerson through
 * the `identify` server action. Found: the register's data fill the fields, which become
 * read-only until "Edit manually". Unknown or service down: the user types the data, birth date
 * and sex prefilled from the number. "Next" sends everything to `submit`, which either navigates
 * or returns the issues of patient-rules.ts, shown in a summary and under each field.
 *
 * Plain React state: the page is small and every rule runs on the server anyway.
 */

import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useRef, useState, useTransition, type FormEvent } from "react";
import { Notice } from "@/components/ui/notice";
import type { IdentifiedPerson } from "@/lib/patients/identify-person";
import { insurersValidOn } from "@/lib/patients/insurer-lookup";
import { formatInsz } from "@/lib/patients/insz";
import { identificationPathLabels, patientFieldLabels, sexLabels } from "@/lib/patients/patient-messages";
import { parsePartialDate } from "@/lib/patients/partial-date";
import { identificationPaths, type PatientField } from "@/lib/patients/patient-schema";
import type { Severity } from "@/lib/validation/types";
import { BELGIUM, countryOptions, findCountry } from "./countries";
import { DateInput } from "@/components/ui/date-input";
import type { DatePrecision } from "@/components/ui/date-text";
import { ErrorSummary } from "./error-summary";
import { ExistingRegistrationsNotice } from "./existing-registrations-notice";
import { controlClass, Field, RadioGroup, selectClass, type FieldMessage } from "./form-controls";
import {
  applyInszPrefill,
  birthDateInvalidMessage,
  buildSubmission,
  clearPersonValues,
  countryForPath,
  displayDate,
  fieldHintId,
  fieldInputId,
  fieldMessageId,
  focusAfterSubmit,
  inszPrefill,
  inszReasonMessage,
  inszStatus,
  isIdentificationPath,
  isNavigationError,
  issuesByField,
  matchesPerson,
  personToFormValues,
  serviceFields,
  todayIso,
  toFormValues,
  type InszPrefill,
  type InszStatus,
  type PatientFormValues,
} from "./patient-form-helpers";
import type { ExistingRegistrations, IdentifyResponse, PatientIdentificationFormProps, PatientIssueMessage } from "./types";

/** A birth date may be known to the month or the year only (as in the INSZ). */
const BIRTH_DATE_PRECISIONS: readonly DatePrecision[] = ["day", "month", "year"];

/** Where the IdentifyPerson lookup of the current number stands. */
type LookupState =
  | { kind: "idle" }
  | { kind: "checking"; insz: string }
  | { kind: "found"; insz: string; person: IdentifiedPerson }
  /** `prefill`: what the number itself told, filled in instead of the register's data. */
  | { kind: "unknown" | "unavailable" | "not_configured"; insz: string; prefill: InszPrefill }
  | { kind: "rate_limited"; insz: string; prefill: InszPrefill; retryAfterSeconds: number }
  | { kind: "invalid"; insz: string; reason: string };

type ValidInsz = Extract<InszStatus, { state: "valid" }>;

/** "typed": the user entered the number now; "initial": a saved draft is reopened. */
type LookupMode = "typed" | "initial";

const REGISTER_NOTE_ID = "patient-register-note";

/** Moves focus to a field; for a radio group, to its checked radio when there is one. */
function focusField(field: PatientField) {
  const element = document.getElementById(fieldInputId(field));
  if (!element) return;
  let target: HTMLElement = element;
  if (element instanceof HTMLInputElement && element.type === "radio") {
    const checked = element.form?.querySelector<HTMLInputElement>(`input[name="${element.name}"]:checked`);
    if (checked && !checked.disabled) target = checked;
  }
  target.focus();
  target.scrollIntoView({ block: "center" });
}

export function PatientIdentificationForm({
  locale,
  moduleName,
  defaultValues,
  identify,
  submit,
  readOnly = false,
}: PatientIdentificationFormProps) {
  const t = useTranslations("patientForm");
  const [initialValues] = useState(() => toFormValues(defaultValues));
  const [values, setValues] = useState<PatientFormValues>(initialValues);
  const [today] = useState(todayIso);
  const currentYear = Number(today.slice(0, 4));
  // A reopened draft with a valid INSZ is looked up again (see the mount effect below).
  const [initialLookup] = useState<ValidInsz | null>(() => {
    if (readOnly || initialValues.identificationPath !== "INSZ") return null;
    const status = inszStatus(initialValues.insz, { blurred: true, currentYear: Number(today.slice(0, 4)) });
    return status.state === "valid" ? status : null;
  });
  const [lookup, setLookup] = useState<LookupState>(() =>
    initialLookup ? { kind: "checking", insz: initialLookup.digits } : { kind: "idle" },
  );
  const [existing, setExisting] = useState<ExistingRegistrations>(null);
  const [editingManually, setEditingManually] = useState(false);
  const [inszBlurred, setInszBlurred] = useState(false);
  const [birthDateBlurred, setBirthDateBlurred] = useState(false);
  const [issues, setIssues] = useState<PatientIssueMessage[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ target: "summary" | PatientField; seq: number } | null>(null);
  const [pending, startTransition] = useTransition();
  const lookupSeq = useRef(0);
  const lastPrefill = useRef<InszPrefill | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  // ---- IdentifyPerson ---------------------------------------------------------------------

  function applyLookup(result: IdentifyResponse, digits: string, prefill: InszPrefill, mode: LookupMode) {
    if (result.status === "invalid") {
      setLookup({ kind: "invalid", insz: digits, reason: result.reason });
      setExisting(null);
      return;
    }
    setExisting(result.existing);
    if (result.status === "found") {
      const person = result.person;
      setLookup({ kind: "found", insz: digits, person });
      const draftIsBlank = serviceFields.every((field) => field === "country" || initialValues[field].trim() === "");
      if (mode === "initial" && !draftIsBlank && !matchesPerson(initialValues, person)) {
        // The saved draft was changed by hand earlier: keep the user's values.
        setEditingManually(true);
        return;
      }
      setEditingManually(false);
      setValues((current) => ({ ...current, ...personToFormValues(person) }));
      return;
    }
    setLookup(
      result.status === "rate_limited"
        ? { kind: "rate_limited", insz: digits, prefill, retryAfterSeconds: result.retryAfterSeconds }
        : { kind: result.status, insz: digits, prefill },
    );
    setEditingManually(false);
    const previous = lastPrefill.current;
    lastPrefill.current = prefill;
    setValues((current) => applyInszPrefill(current, prefill, previous));
  }

  /** Asks the server; only the answer for the latest number is applied. */
  function runLookup(valid: ValidInsz, mode: LookupMode) {
    const seq = ++lookupSeq.current;
    const prefill = inszPrefill(valid.parse);
    identify(valid.digits).then(
      (result) => {
        if (seq === lookupSeq.current) applyLookup(result, valid.digits, prefill, mode);
      },
      () => {
        // The action itself failed (network, server error): same as the service being down.
        if (seq === lookupSeq.current) applyLookup({ status: "unavailable", existing: null }, valid.digits, prefill, mode);
      },
    );
  }

  function beginLookup(valid: ValidInsz) {
    setLookup({ kind: "checking", insz: valid.digits });
    setExisting(null);
    runLookup(valid, "typed");
  }

  const lookUpSavedDraft = useEffectEvent(() => {
    if (initialLookup) runLookup(initialLookup, "initial");
  });
  useEffect(() => {
    lookUpSavedDraft();
    // Ignore a late answer once the form is gone (and in React's development double mount).
    const sequence = lookupSeq;
    return () => {
      sequence.current++;
    };
  }, []);

  useEffect(() => {
    if (focusRequest === null) return;
    if (focusRequest.target === "summary") summaryRef.current?.focus();
    else focusField(focusRequest.target);
  }, [focusRequest]);

  function requestFocus(target: "summary" | PatientField) {
    setFocusRequest((previous) => ({ target, seq: (previous?.seq ?? 0) + 1 }));
  }

  // ---- Event handlers ---------------------------------------------------------------------

  function setField<K extends keyof PatientFormValues>(field: K, value: PatientFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function onPathChange(value: string) {
    if (!isIdentificationPath(value)) return;
    setValues((current) => ({ ...current, identificationPath: value, country: countryForPath(current.country, value) }));
  }

  function onInszChange(raw: string) {
    setInszBlurred(false);
    const status = inszStatus(raw, { blurred: false, currentYear });
    const digits = status.state === "valid" ? status.digits : null;
    let next: PatientFormValues = { ...values, insz: status.state === "valid" ? formatInsz(status.digits) : raw };
    if (lookup.kind !== "idle" && digits !== lookup.insz) {
      // Another number: the previous answer (and the person it named) no longer applies.
      lookupSeq.current++;
      if (lookup.kind === "found") next = clearPersonValues(next, lookup.person);
      setLookup({ kind: "idle" });
      setExisting(null);
      setEditingManually(false);
    }
    setValues(next);
    if (status.state === "valid" && (lookup.kind === "idle" || lookup.insz !== status.digits)) beginLookup(status);
  }

  function onInszBlur() {
    setInszBlurred(true);
    const status = inszStatus(values.insz, { blurred: true, currentYear });
    if (status.state !== "valid") return;
    setField("insz", formatInsz(status.digits));
    if (lookup.kind === "idle" || lookup.insz !== status.digits) beginLookup(status);
  }

  function editManually() {
    setEditingManually(true);
    requestFocus("lastName");
  }

  function restoreRegisterData(person: IdentifiedPerson) {
    setValues((current) => ({ ...current, ...personToFormValues(person) }));
    setEditingManually(false);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = buildSubmission(values, { identifiedByService, sexFromInsz });
    startTransition(async () => {
      try {
        const result = await submit(data);
        if (result && !result.ok) {
          setIssues(result.issues);
          setFormError(result.formError ?? null);
          const target = focusAfterSubmit(result.issues, result.formError !== undefined);
          if (target !== null) requestFocus(target);
        } else {
          setIssues([]);
          setFormError(null);
        }
      } catch (error) {
        if (isNavigationError(error)) throw error;
        setIssues([]);
        setFormError(t("unexpectedError"));
        requestFocus("summary");
      }
    });
  }

  // ---- Derived state ----------------------------------------------------------------------

  const path = values.identificationPath;
  const onInszPath = path === "INSZ";
  const insz = inszStatus(values.insz, { blurred: inszBlurred, currentYear });
  const validInsz = onInszPath && insz.state === "valid" ? insz : null;
  const currentLookup: LookupState = validInsz && lookup.kind !== "idle" && lookup.insz === validInsz.digits ? lookup : { kind: "idle" };
  const foundPerson = currentLookup.kind === "found" ? currentLookup.person : null;
  const registerLocked = foundPerson !== null && !editingManually;
  const identifiedByService = registerLocked;
  const sexFromInsz = validInsz?.parse.sex ?? null;
  const shownSex = sexFromInsz ?? values.sex;
  const inszDerivedBirthDate =
    (currentLookup.kind === "unknown" || currentLookup.kind === "unavailable" || currentLookup.kind === "not_configured" || currentLookup.kind === "rate_limited") &&
    currentLookup.prefill.birthDate !== "" &&
    values.birthDate.trim() === currentLookup.prefill.birthDate;
  const partialBirthDateExpected = validInsz !== null && validInsz.parse.birthDate.day === undefined;
  const fieldLocked = readOnly || registerLocked;

  const severityLabels: Record<Severity, string> = { error: t("severityError"), warning: t("severityWarning") };
  const byField = issuesByField(issues);
  const messagesFor = (field: PatientField, client: FieldMessage[] = []): FieldMessage[] => [
    ...client,
    ...(byField.get(field) ?? []).map((item) => ({ severity: item.issue.severity, text: item.message })),
  ];
  const label = (field: PatientField) => patientFieldLabels[field][locale];
  const fieldIds = (field: PatientField) => ({
    id: fieldInputId(field),
    hintId: fieldHintId(field),
    messageId: fieldMessageId(field),
    severityLabels,
  });
  const registerNote = registerLocked ? [REGISTER_NOTE_ID] : [];

  const inszClientMessages: FieldMessage[] = [];
  if (insz.state === "invalid") {
    inszClientMessages.push({ severity: "error", text: inszReasonMessage(insz.reason, locale) ?? t("inszInvalid") });
  } else if (currentLookup.kind === "invalid") {
    inszClientMessages.push({ severity: "error", text: inszReasonMessage(currentLookup.reason, locale) ?? t("inszInvalid") });
  }
  const birthDateClientMessages: FieldMessage[] =
    birthDateBlurred && values.birthDate.trim() !== "" && parsePartialDate(values.birthDate) === null
      ? [{ severity: "error", text: birthDateInvalidMessage(locale) }]
      : [];

  const insurerOptions = insurersValidOn(today);
  const insurerMissing = values.insurerCode !== "" && !insurerOptions.some((row) => row.code === values.insurerCode);
  const countries = countryOptions(locale).filter((country) => path !== "NO_INSZ_ABROAD" || country.code !== BELGIUM);
  const countryMissing = values.country !== "" && findCountry(values.country) === undefined;

  const errorCount = issues.filter((item) => item.issue.severity === "error").length;
  const warningCount = issues.length - errorCount;
  const counts = [
    ...(errorCount > 0 ? [t("summaryErrors", { count: errorCount })] : []),
    ...(warningCount > 0 ? [t("summaryWarnings", { count: warningCount })] : []),
  ].join(", ");

  const fieldsetClass = "space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
  const legendClass = "px-1 text-lg font-semibold text-brand-900";
  const buttonSecondary =
    "rounded border border-brand-600 bg-white px-3 py-1.5 text-sm font-semibold text-brand-900 hover:bg-brand-50";

  // ---- Render -----------------------------------------------------------------------------

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6" aria-busy={pending || undefined}>
      <ErrorSummary
        ref={summaryRef}
        title={t("summaryTitle")}
        counts={counts}
        issues={issues}
        formError={formError}
        severityLabels={severityLabels}
        onFocusField={focusField}
      />

      {readOnly && <Notice tone="info">{t("readOnly")}</Notice>}
      <p className="text-sm text-slate-600">
        {t.rich("requiredNote", { mark: (chunks) => <span className="font-semibold text-red-700">{chunks}</span> })}
      </p>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{label("identificationPath")}</legend>
        <RadioGroup
          {...fieldIds("identificationPath")}
          name="identificationPath"
          legend={t("pathQuestion")}
          required
          options={identificationPaths.map((value) => ({
            value,
            label: identificationPathLabels[value][locale],
            hint: t(`pathHint.${value}`),
          }))}
          value={path}
          onChange={onPathChange}
          disabled={readOnly}
          messages={messagesFor("identificationPath")}
        />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("legendNumbers")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field {...fieldIds("insurerCode")} label={label("insurerCode")} required hint={t("insurerHint")} messages={messagesFor("insurerCode")}>
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
          <Field
            {...fieldIds("insuranceNumber")}
            label={label("insuranceNumber")}
            hint={onInszPath ? undefined : t("numberWithoutInszHint")}
            messages={messagesFor("insuranceNumber")}
          >
            {(aria) => (
              <input
                {...aria}
                type="text"
                name="insuranceNumber"
                value={values.insuranceNumber}
                onChange={(event) => setField("insuranceNumber", event.target.value)}
                readOnly={readOnly}
                maxLength={40}
                autoComplete="off"
                spellCheck={false}
                className={controlClass}
              />
            )}
          </Field>
        </div>

        {onInszPath ? (
          <Field
            {...fieldIds("insz")}
            label={label("insz")}
            required
            hint={t("inszHint")}
            messages={messagesFor("insz", inszClientMessages)}
            note={
              validInsz && inszClientMessages.length === 0
                ? t(validInsz.parse.kind === "bis" ? "inszValidBis" : "inszValidNational")
                : undefined
            }
            noteId="patient-insz-note"
            className="max-w-md"
          >
            {(aria) => (
              <input
                {...aria}
                type="text"
                name="insz"
                value={values.insz}
                onChange={(event) => onInszChange(event.target.value)}
                onBlur={onInszBlur}
                readOnly={readOnly}
                maxLength={20}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                className={`${controlClass} font-mono tracking-wide`}
              />
            )}
          </Field>
        ) : (
          <Field
            {...fieldIds("otherIdentifier")}
            label={label("otherIdentifier")}
            hint={t("otherIdentifierHint")}
            messages={messagesFor("otherIdentifier")}
            className="max-w-md"
          >
            {(aria) => (
              <input
                {...aria}
                type="text"
                name="otherIdentifier"
                value={values.otherIdentifier}
                onChange={(event) => setField("otherIdentifier", event.target.value)}
                readOnly={readOnly}
                maxLength={60}
                autoComplete="off"
                spellCheck={false}
                className={controlClass}
              />
            )}
          </Field>
        )}

        {/* Live region kept mounted on the INSZ path, so "looking up…" is announced politely. */}
        {onInszPath && (
          <p aria-live="polite" className="text-sm text-slate-700">
            {currentLookup.kind === "checking" && (
              <span className="inline-flex items-center gap-2">
                <span aria-hidden="true" className="h-3 w-3 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" />
                {t("lookingUp")}
              </span>
            )}
          </p>
        )}

        {foundPerson && (
          <div id={REGISTER_NOTE_ID} className="flex flex-wrap items-center gap-3 rounded border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-brand-900">
            <p className="flex-1">{registerLocked ? t("lookupFound") : t("lookupEdited")}</p>
            {!readOnly &&
              (registerLocked ? (
                <button type="button" onClick={editManually} className={buttonSecondary}>
                  {t("editManually")}
                </button>
              ) : (
                <button type="button" onClick={() => restoreRegisterData(foundPerson)} className={buttonSecondary}>
                  {t("useRegisterData")}
                </button>
              ))}
          </div>
        )}
        {foundPerson?.deceasedDate && (
          <Notice tone="warning">{t("deceased", { date: displayDate(foundPerson.deceasedDate) })}</Notice>
        )}
        {currentLookup.kind === "unknown" && <Notice tone="info">{t("lookupUnknown")}</Notice>}
        {currentLookup.kind === "unavailable" && <Notice tone="warning">{t("lookupUnavailable")}</Notice>}
        {currentLookup.kind === "not_configured" && <Notice tone="info">{t("lookupNotConfigured")}</Notice>}
        {currentLookup.kind === "rate_limited" && (
          <Notice tone="warning">{t("lookupRateLimited", { seconds: currentLookup.retryAfterSeconds })}</Notice>
        )}
        {onInszPath && <ExistingRegistrationsNotice existing={existing} moduleName={moduleName} />}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("legendPatient")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["lastName", "firstName"] as const).map((field) => (
            <Field
              key={field}
              {...fieldIds(field)}
              label={label(field)}
              required
              describedBy={registerNote}
              messages={messagesFor(field)}
            >
              {(aria) => (
                <input
                  {...aria}
                  type="text"
                  name={field}
                  value={values[field]}
                  onChange={(event) => setField(field, event.target.value)}
                  readOnly={fieldLocked}
                  maxLength={100}
                  autoComplete="off"
                  className={controlClass}
                />
              )}
            </Field>
          ))}
          <Field
            {...fieldIds("birthDate")}
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
                  setBirthDateBlurred(false);
                  setField("birthDate", value);
                }}
                onBlur={() => setBirthDateBlurred(true)}
                readOnly={fieldLocked}
                inputClassName={fieldLocked ? "bg-slate-100" : ""}
              />
            )}
          </Field>
          <RadioGroup
            {...fieldIds("sex")}
            name="sex"
            legend={label("sex")}
            required
            inline
            options={(["M", "F"] as const).map((value) => ({ value, label: sexLabels[value][locale] }))}
            value={shownSex}
            onChange={(value) => setField("sex", value === "M" || value === "F" ? value : "")}
            disabled={fieldLocked || sexFromInsz !== null}
            note={sexFromInsz !== null && !registerLocked ? t("sexFromInsz") : registerLocked ? t("fromRegister") : undefined}
            noteId="patient-sex-note"
            messages={messagesFor("sex")}
          />
        </div>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("legendDomicile")}</legend>
        <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
          <Field
            {...fieldIds("postalCode")}
            label={label("postalCode")}
            required
            hint={path === "NO_INSZ_ABROAD" ? t("postalCodeAbroadHint") : undefined}
            describedBy={registerNote}
            messages={messagesFor("postalCode")}
          >
            {(aria) => (
              <input
                {...aria}
                type="text"
                name="postalCode"
                value={values.postalCode}
                onChange={(event) => setField("postalCode", event.target.value)}
                readOnly={fieldLocked}
                maxLength={12}
                autoComplete="off"
                spellCheck={false}
                className={controlClass}
              />
            )}
          </Field>
          <Field {...fieldIds("town")} label={label("town")} required describedBy={registerNote} messages={messagesFor("town")}>
            {(aria) => (
              <input
                {...aria}
                type="text"
                name="town"
                value={values.town}
                onChange={(event) => setField("town", event.target.value)}
                readOnly={fieldLocked}
                maxLength={100}
                autoComplete="off"
                className={controlClass}
              />
            )}
          </Field>
        </div>
        <Field
          {...fieldIds("country")}
          label={label("country")}
          required
          hint={path === "NO_INSZ_ABROAD" ? t("countryAbroadHint") : undefined}
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

      <div className={fieldsetClass}>
        <Field
          {...fieldIds("comment")}
          label={label("comment")}
          hint={path === "NO_INSZ_BELGIUM" ? t("commentHintBelgium") : t("commentHint")}
          messages={messagesFor("comment")}
        >
          {(aria) => (
            <textarea
              {...aria}
              name="comment"
              value={values.comment}
              onChange={(event) => setField("comment", event.target.value)}
              readOnly={readOnly}
              rows={3}
              maxLength={2000}
              autoComplete="off"
              className={controlClass}
            />
          )}
        </Field>
      </div>

      <div className="flex items-center justify-end gap-3">
        <span aria-live="polite" className="text-sm text-slate-700">
          {pending ? t("saving") : ""}
        </span>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-600 px-6 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
        >
          {t("next")}
        </button>
      </div>
    </form>
  );
}
