"use client";

/**
 * Patient identification, the first page of every registration (F-PAT,
 * ../shared/spec/patient-identification.md, WBCR manual 6.1).
 *
 * Flow: choose how the patient is identified; with an INSZ — the first field, the key — the
 * number is checked as it is typed and, once valid, looked up at IdentifyPerson
 * (use-insz-lookup.ts). Found: the register's data fill the fields, which become read-only until
 * "Edit manually". Unknown or service down: the user types the data, birth date and sex
 * prefilled from the number. "Next" sends everything to `submit`, which either navigates or
 * returns the issues of patient-rules.ts, shown in a summary and under each field for as long as
 * they are still true (open-issues.ts).
 *
 * Plain React state: the page is small and every rule runs on the server anyway.
 */

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { Notice } from "@/components/ui/notice";
import { identificationPathLabels, patientFieldLabels } from "@/lib/patients/patient-messages";
import { parsePartialDate } from "@/lib/patients/partial-date";
import { identificationPaths, type PatientField } from "@/lib/patients/patient-schema";
import type { Severity } from "@/lib/validation/types";
import { DomicileFieldset } from "./domicile-fieldset";
import { ErrorSummary } from "./error-summary";
import { controlClass, Field, RadioGroup, type FieldMessage } from "./form-controls";
import { IdentifiersFieldset, REGISTER_NOTE_ID } from "./identifiers-fieldset";
import { stillOpenIssues } from "./open-issues";
import { fieldsetClass, legendClass, type PatientFieldKit } from "./patient-field-kit";
import {
  birthDateInvalidMessage,
  buildSubmission,
  countryForPath,
  fieldHintId,
  fieldInputId,
  fieldMessageId,
  focusAfterSubmit,
  inszReasonMessage,
  isIdentificationPath,
  isNavigationError,
  issuesByField,
  todayIso,
  toFormValues,
  type PatientFormValues,
} from "./patient-form-helpers";
import { PersonFieldset } from "./person-fieldset";
import type { PatientIdentificationFormProps, PatientIssueMessage, PatientSubmission } from "./types";
import { useInszLookup } from "./use-insz-lookup";

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

/** What the last refused "Next" reported, with the values it judged. */
interface Refusal {
  issues: PatientIssueMessage[];
  submitted: PatientSubmission;
}

export function PatientIdentificationForm({ locale, moduleName, defaultValues, identify, submit, readOnly = false }: PatientIdentificationFormProps) {
  const t = useTranslations("patientForm");
  const [initialValues] = useState(() => toFormValues(defaultValues));
  const [values, setValues] = useState<PatientFormValues>(initialValues);
  const [today] = useState(todayIso);
  const lookup = useInszLookup({ identify, initialValues, values, setValues, readOnly, currentYear: Number(today.slice(0, 4)) });
  const [birthDateBlurred, setBirthDateBlurred] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ target: "summary" | PatientField; seq: number } | null>(null);
  const [pending, startTransition] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest === null) return;
    if (focusRequest.target === "summary") summaryRef.current?.focus();
    else focusField(focusRequest.target);
  }, [focusRequest]);

  function requestFocus(target: "summary" | PatientField) {
    setFocusRequest((previous) => ({ target, seq: (previous?.seq ?? 0) + 1 }));
  }

  // ---- Derived state ----------------------------------------------------------------------

  const path = values.identificationPath;
  const { insz, validInsz, currentLookup, registerLocked } = lookup;
  const identifiedByService = registerLocked;
  const sexFromInsz = validInsz?.parse.sex ?? null;
  const submission = buildSubmission(values, { identifiedByService, sexFromInsz });
  const fieldLocked = readOnly || registerLocked;
  const inszDerivedBirthDate =
    (currentLookup.kind === "unknown" || currentLookup.kind === "unavailable" || currentLookup.kind === "not_configured" || currentLookup.kind === "rate_limited") &&
    currentLookup.prefill.birthDate !== "" &&
    values.birthDate.trim() === currentLookup.prefill.birthDate;

  // What the last "Next" refused and is still true of the values now on screen.
  const submissionKey = JSON.stringify(submission);
  const issues = useMemo(
    () => (refusal ? stillOpenIssues(refusal.issues, refusal.submitted, JSON.parse(submissionKey) as PatientSubmission, today) : []),
    [refusal, submissionKey, today],
  );

  const severityLabels: Record<Severity, string> = { error: t("severityError"), warning: t("severityWarning"), information: t("severityInformation") };
  const byField = issuesByField(issues);
  const kit: PatientFieldKit = {
    locale,
    label: (field) => patientFieldLabels[field][locale],
    ids: (field) => ({ id: fieldInputId(field), hintId: fieldHintId(field), messageId: fieldMessageId(field), severityLabels }),
    messagesFor: (field, client = []) => [
      ...client,
      ...(byField.get(field) ?? []).map((item) => ({ severity: item.issue.severity, text: item.message })),
    ],
  };
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

  const errorCount = issues.filter((item) => item.issue.severity === "error").length;
  const warningCount = issues.filter((item) => item.issue.severity === "warning").length;
  const counts = [
    ...(errorCount > 0 ? [t("summaryErrors", { count: errorCount })] : []),
    ...(warningCount > 0 ? [t("summaryWarnings", { count: warningCount })] : []),
  ].join(", ");

  // ---- Event handlers ---------------------------------------------------------------------

  function setField<K extends keyof PatientFormValues>(field: K, value: PatientFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function onPathChange(value: string) {
    if (!isIdentificationPath(value)) return;
    setValues((current) => ({ ...current, identificationPath: value, country: countryForPath(current.country, value) }));
  }

  function editManually() {
    lookup.editManually();
    requestFocus("lastName");
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = submission;
    startTransition(async () => {
      try {
        const result = await submit(data);
        if (result && !result.ok) {
          setRefusal({ issues: result.issues, submitted: data });
          setFormError(result.formError ?? null);
          const target = focusAfterSubmit(result.issues, result.formError !== undefined);
          if (target !== null) requestFocus(target);
        } else {
          setRefusal(null);
          setFormError(null);
        }
      } catch (error) {
        if (isNavigationError(error)) throw error;
        setRefusal(null);
        setFormError(t("unexpectedError"));
        requestFocus("summary");
      }
    });
  }

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
        <legend className={legendClass}>{kit.label("identificationPath")}</legend>
        <RadioGroup
          {...kit.ids("identificationPath")}
          name="identificationPath"
          legend={t("pathQuestion")}
          required
          options={identificationPaths.map((value) => ({ value, label: identificationPathLabels[value][locale], hint: t(`pathHint.${value}`) }))}
          value={path}
          onChange={onPathChange}
          disabled={readOnly}
          messages={kit.messagesFor("identificationPath")}
        />
      </fieldset>

      <IdentifiersFieldset
        kit={kit}
        values={values}
        setField={setField}
        readOnly={readOnly}
        today={today}
        moduleName={moduleName}
        lookup={{ ...lookup, editManually }}
        inszClientMessages={inszClientMessages}
      />

      <PersonFieldset
        kit={kit}
        values={values}
        setField={setField}
        setSex={(sex) => setField("sex", sex)}
        fieldLocked={fieldLocked}
        registerLocked={registerLocked}
        registerNote={registerNote}
        sexFromInsz={sexFromInsz}
        partialBirthDateExpected={validInsz !== null && validInsz.parse.birthDate.day === undefined}
        inszDerivedBirthDate={inszDerivedBirthDate}
        birthDateClientMessages={birthDateClientMessages}
        onBirthDateTyped={() => setBirthDateBlurred(false)}
        onBirthDateBlur={() => setBirthDateBlurred(true)}
      />

      <DomicileFieldset kit={kit} values={values} setField={setField} fieldLocked={fieldLocked} registerNote={registerNote} />

      <div className={fieldsetClass}>
        <Field
          {...kit.ids("comment")}
          label={kit.label("comment")}
          hint={path === "NO_INSZ_BELGIUM" ? t("commentHintBelgium") : t("commentHint")}
          messages={kit.messagesFor("comment")}
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
