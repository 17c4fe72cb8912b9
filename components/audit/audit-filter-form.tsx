"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent, type InputHTMLAttributes } from "react";
import { DateInput } from "@/components/ui/date-input";
import { auditActionGroups, auditActions } from "@/lib/audit/audit-actions";
import { actionLabel } from "./action-label";

export interface AuditFilterFormValues {
  action?: string;
  person?: string;
  registration?: string;
  from?: string;
  to?: string;
  /** Id of the server-side "who looked up this patient" search, kept while filtering further. */
  patient?: string;
}

interface AuditFilterFormProps {
  values: AuditFilterFormValues;
  /** Field → catalogue keys of the "audit" namespace. */
  errors?: Record<string, string[]>;
}

const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

/**
 * The filters as a plain GET form: it works without JavaScript and the result can be bookmarked.
 * With JavaScript, empty fields are left out of the address and the page updates in place.
 */
export function AuditFilterForm({ values, errors = {} }: AuditFilterFormProps) {
  const t = useTranslations("audit");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const errorOf = (name: string) => errors[name];
  const translate = (keys: string[] | undefined) => keys?.map((key) => t(key)).join(" ");
  const field = (name: keyof AuditFilterFormValues) => ({
    id: fieldId(name),
    name,
    value: values[name],
    error: translate(errorOf(name)),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
    }
    const query = params.toString();
    startTransition(() => router.push(query ? `/audit?${query}` : "/audit"));
  }

  const knownValues = new Set<string>([...auditActionGroups.map((g) => `${g}.`), ...auditActions]);
  const extraAction = values.action && !errorOf("action") && !knownValues.has(values.action) ? values.action : undefined;
  const actionInvalid = Boolean(errorOf("action"));

  return (
    <form
      method="get"
      action="/audit"
      onSubmit={onSubmit}
      aria-labelledby="audit-filter-heading"
      aria-busy={pending || undefined}
      className="space-y-4 rounded border border-slate-200 bg-white p-4"
    >
      {values.patient && <input type="hidden" name="patient" value={values.patient} />}
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <label htmlFor={fieldId("action")} className="block font-medium">{t("filters.action")}</label>
          <select
            id={fieldId("action")}
            name="action"
            defaultValue={actionInvalid ? "" : (values.action ?? "")}
            className={inputClass}
            aria-invalid={actionInvalid || undefined}
            aria-describedby={describedBy(actionInvalid && `${fieldId("action")}-error`)}
          >
            <option value="">{t("filters.anyAction")}</option>
            {extraAction && <option value={extraAction}>{extraAction}</option>}
            <optgroup label={t("filters.groupsLabel")}>
              {auditActionGroups.map((group) => (
                <option key={group} value={`${group}.`}>{actionLabel(t, `${group}.`)}</option>
              ))}
            </optgroup>
            <optgroup label={t("filters.actionsLabel")}>
              {auditActions.map((action) => (
                <option key={action} value={action}>{actionLabel(t, action)}</option>
              ))}
            </optgroup>
          </select>
          <ErrorText id={`${fieldId("action")}-error`} text={translate(errorOf("action"))} />
        </div>
        <TextField {...field("person")} label={t("filters.person")} hint={t("filters.personHint")} maxLength={100} autoComplete="off" />
        <TextField
          {...field("registration")}
          label={t("filters.registration")}
          hint={t("filters.registrationHint")}
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
        />
        <DateField {...field("from")} label={t("filters.from")} />
        <DateField {...field("to")} label={t("filters.to")} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {t("filters.submit")}
        </button>
        <Link href="/audit" className="text-brand-700 underline">{t("filters.reset")}</Link>
      </div>
    </form>
  );
}

function ErrorText({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return <p id={id} className="mt-1 text-sm font-medium text-red-700">{text}</p>;
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "defaultValue"> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value?: string;
  /** Translated error text, when the field is invalid. */
  error?: string;
}

function TextField({ id, name, label, hint, value, error, ...inputProps }: TextFieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">{label}</label>
      <input
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        {...inputProps}
      />
      {hint && <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">{hint}</p>}
      <ErrorText id={`${id}-error`} text={error} />
    </div>
  );
}

/** A date filter: the app's date control, submitting ISO under `name`. */
function DateField({ id, name, label, value, error }: { id: string; name: string; label: string; value?: string; error?: string }) {
  const [date, setDate] = useState(value ?? "");
  return (
    <div>
      <label htmlFor={id} className="block font-medium">{label}</label>
      <DateInput
        id={id}
        name={name}
        value={date}
        onValueChange={setDate}
        describedBy={describedBy(error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        inputClassName="mt-1 w-full"
      />
      <ErrorText id={`${id}-error`} text={error} />
    </div>
  );
}
