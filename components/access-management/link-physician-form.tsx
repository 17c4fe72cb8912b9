"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { LinkChoice } from "@/lib/access-management/list-members";
import { describedBy, FieldErrorText, fieldErrors, FormMessage } from "./form-message";
import { useFormAction, type FormAction } from "./use-form-action";

const selectClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

interface LinkPhysicianFormProps {
  action: FormAction;
  administratives: LinkChoice[];
  physicians: LinkChoice[];
}

/** Administrative staff → the physician they register for (hierarchy of responsibilities). */
export function LinkPhysicianForm({ action, administratives, physicians }: LinkPhysicianFormProps) {
  const t = useTranslations("accessManagement");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(action, { resetOnSuccess: false });
  const adminId = useId();
  const physicianId = useId();
  const adminErrors = fieldErrors(state, "administrativeMembershipId");
  const physicianErrors = fieldErrors(state, "physicianMembershipId");

  if (administratives.length === 0 || physicians.length === 0) {
    return <p className="text-slate-600">{t("link.nothingToLink")}</p>;
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby="link-heading" className="space-y-4">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={adminId} className="block font-medium">{t("link.administrative")}</label>
          <select
            id={adminId}
            name="administrativeMembershipId"
            className={selectClass}
            aria-invalid={adminErrors ? true : undefined}
            aria-describedby={describedBy(adminErrors && `${adminId}-error`)}
          >
            {administratives.map((choice) => (
              <option key={choice.membershipId} value={choice.membershipId}>{choice.name}</option>
            ))}
          </select>
          <FieldErrorText id={`${adminId}-error`} errors={adminErrors} />
        </div>
        <div>
          <label htmlFor={physicianId} className="block font-medium">{t("link.physician")}</label>
          <select
            id={physicianId}
            name="physicianMembershipId"
            className={selectClass}
            aria-invalid={physicianErrors ? true : undefined}
            aria-describedby={describedBy(physicianErrors && `${physicianId}-error`)}
          >
            {physicians.map((choice) => (
              <option key={choice.membershipId} value={choice.membershipId}>{choice.name}</option>
            ))}
          </select>
          <FieldErrorText id={`${physicianId}-error`} errors={physicianErrors} />
        </div>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {t("link.submit")}
      </button>
    </form>
  );
}
