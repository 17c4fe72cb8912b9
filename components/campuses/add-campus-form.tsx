"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFormAction, type FormAction } from "@/components/access-management/use-form-action";
import { CampusInput, FormMessage, primaryButton } from "./form-parts";

/** Adds a campus: its site number (digits, new to the list) and its name. */
export function AddCampusForm({ action, headingId }: { action: FormAction; headingId: string }) {
  const t = useTranslations("campuses");
  const id = useId();
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(action);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="max-w-2xl space-y-3">
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <CampusInput id={`${id}-siteNumber`} name="siteNumber" state={state} hint={t("fields.siteNumberHint")} numeric />
        <CampusInput id={`${id}-name`} name="name" state={state} />
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("add.submit")}
      </button>
    </form>
  );
}
