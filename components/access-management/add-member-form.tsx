"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type InputHTMLAttributes } from "react";
import type { ActionState } from "@/lib/access-management/action-result";
import { managedFunctions, type ManagedFunction } from "@/lib/access-management/managed-functions";
import { specialties } from "@/lib/access-management/specialties";
import { describedBy, FieldErrorText, fieldErrors, FormMessage } from "./form-message";
import { useFormAction, type FormAction } from "./use-form-action";

const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 disabled:bg-slate-100";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  state: ActionState;
}

function TextField({ name, label, hint, state, ...inputProps }: TextFieldProps) {
  const id = useId();
  const errors = fieldErrors(state, name);
  return (
    <div>
      <label htmlFor={id} className="block font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      <input
        id={id}
        name={name}
        className={inputClass}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, errors && `${id}-error`)}
        {...inputProps}
      />
      <FieldErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** Add a person (new, or known through another hospital) with a function in this hospital. */
export function AddMemberForm({ action }: { action: FormAction }) {
  const t = useTranslations("accessManagement");
  const tf = useTranslations("functions");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(action);
  const [fn, setFn] = useState<ManagedFunction>("SPECIALIST");
  const functionId = useId();
  const specialtyId = useId();
  const functionErrors = fieldErrors(state, "function");
  const specialtyErrors = fieldErrors(state, "specialty");

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onReset={() => setFn("SPECIALIST")}
      noValidate
      aria-labelledby="add-member-heading"
      className="space-y-4"
    >
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="insz" label={t("fields.insz")} hint={t("fields.inszHint")} state={state} inputMode="numeric" autoComplete="off" required />
        <TextField name="firstName" label={t("fields.firstName")} state={state} autoComplete="off" required />
        <TextField name="lastName" label={t("fields.lastName")} state={state} autoComplete="off" required />
      </div>
      <p className="text-sm text-slate-600">{t("fields.existingPersonHint")}</p>
      <div>
        <label htmlFor={functionId} className="block font-medium">{t("fields.function")}</label>
        <select
          id={functionId}
          name="function"
          value={fn}
          onChange={(event) => setFn(event.target.value as ManagedFunction)}
          className={`${inputClass} sm:max-w-xs`}
          aria-invalid={functionErrors ? true : undefined}
          aria-describedby={describedBy(functionErrors && `${functionId}-error`)}
        >
          {managedFunctions.map((value) => (
            <option key={value} value={value}>{tf(value)}</option>
          ))}
        </select>
        <FieldErrorText id={`${functionId}-error`} errors={functionErrors} />
      </div>
      {/* Disabled for other functions: its fields are then not sent at all. */}
      <fieldset disabled={fn !== "SPECIALIST"} className="grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-2 disabled:opacity-60">
        <legend className="px-1 font-semibold">{t("fields.specialistLegend")}</legend>
        <TextField name="nihii" label={t("fields.nihii")} hint={t("fields.nihiiHint")} state={state} inputMode="numeric" autoComplete="off" />
        <div>
          <label htmlFor={specialtyId} className="block font-medium">{t("fields.specialty")}</label>
          <select
            id={specialtyId}
            name="specialty"
            defaultValue=""
            className={inputClass}
            aria-invalid={specialtyErrors ? true : undefined}
            aria-describedby={describedBy(specialtyErrors && `${specialtyId}-error`)}
          >
            <option value="">{t("fields.noSpecialty")}</option>
            {specialties.map((value) => (
              <option key={value} value={value}>{t(`specialties.${value}`)}</option>
            ))}
          </select>
          <FieldErrorText id={`${specialtyId}-error`} errors={specialtyErrors} />
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {t("add.submit")}
      </button>
    </form>
  );
}
