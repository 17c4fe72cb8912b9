"use client";

import { useTranslations } from "next-intl";
import { useFormAction, type FormAction } from "@/components/access-management/use-form-action";
import { FormMessage, PersonInputs, primaryButton } from "./form-parts";

/** Adds a physician to one list by hand (the person field adds them on first use too). */
export function AddEntryForm({ listKey, headingId, action }: { listKey: string; headingId: string; action: FormAction }) {
  const t = useTranslations("personLists");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(action);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="space-y-3">
      <input type="hidden" name="listKey" value={listKey} />
      <FormMessage state={state} />
      <PersonInputs state={state} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("add.submit")}
      </button>
    </form>
  );
}
