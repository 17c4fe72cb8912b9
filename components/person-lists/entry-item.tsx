"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useFormAction, type FormAction } from "@/components/access-management/use-form-action";
import type { PersonListEntry } from "@/lib/person-lists/entry";
import { formatRiziv } from "@/lib/person-lists/riziv";
import { dangerButton, FormMessage, PersonInputs, primaryButton, secondaryButton } from "./form-parts";
import { listHeadingId, PERSON_LISTS_STATUS_ID } from "./ids";

interface EntryItemProps {
  entry: PersonListEntry;
  correct: FormAction;
  remove: FormAction;
}

/** One physician of a list: name and number, with "correct" (a form in place) and "remove" (asked twice). */
export function EntryItem({ entry, correct, remove }: EntryItemProps) {
  const t = useTranslations("personLists");
  const name = `${entry.firstName} ${entry.lastName}`;
  const [mode, setMode] = useState<"show" | "correct" | "confirmRemove">("show");
  const correctButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmTextId = useId();
  const firstInput = useRef<HTMLDivElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // A successful correction closes the form and gives the focus back to its button.
  const correctAndClose: FormAction = async (previous, formData) => {
    const result = await correct(previous, formData);
    if (result.ok) {
      setMode("show");
      setTimeout(() => correctButton.current?.focus(), 0);
    }
    return result;
  };
  const { state: correctState, formAction: correctFormAction, pending: correcting, formRef: correctForm, onSubmit: onCorrect } = useFormAction(
    correctAndClose,
    { resetOnSuccess: false },
  );
  // A removed entry leaves the page: the confirmation goes to the page's status line, the focus to the list's heading.
  const removeAndAnnounce: FormAction = async (previous, formData) => {
    const result = await remove(previous, formData);
    if (result.ok && result.notice) {
      const status = document.getElementById(PERSON_LISTS_STATUS_ID);
      if (status) status.textContent = t(result.notice.key, result.notice.values);
      document.getElementById(listHeadingId(entry.listKey))?.focus();
    }
    return result;
  };
  const { state: removeState, formAction: removeFormAction, pending: removing, formRef: removeForm, onSubmit: onRemove } = useFormAction(removeAndAnnounce, {
    resetOnSuccess: false,
  });
  useEffect(() => {
    if (mode === "correct") firstInput.current?.querySelector("input")?.focus();
    if (mode === "confirmRemove") confirmButton.current?.focus();
  }, [mode]);
  // Cancel (the button or Escape) closes the form and gives the focus back to the button that opened it.
  const close = () => {
    const opener = mode === "confirmRemove" ? removeButton : correctButton;
    setMode("show");
    setTimeout(() => opener.current?.focus(), 0);
  };
  const closeOnEscape = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    close();
  };

  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div>
          <p className="font-semibold">
            {entry.lastName} {entry.firstName}
          </p>
          <p className="font-mono text-sm text-slate-700">{formatRiziv(entry.riziv)}</p>
        </div>
        {mode === "show" && (
          <div className="flex flex-wrap gap-2">
            <button ref={correctButton} type="button" onClick={() => setMode("correct")} aria-label={t("correct.openFor", { name })} className={secondaryButton}>
              {t("correct.open")}
            </button>
            <button ref={removeButton} type="button" onClick={() => setMode("confirmRemove")} aria-label={t("remove.submitFor", { name })} className={dangerButton}>
              {t("remove.submit")}
            </button>
          </div>
        )}
      </div>
      {correctState?.ok && mode === "show" && <FormMessage state={correctState} />}
      {mode === "correct" && (
        <form ref={correctForm} action={correctFormAction} onSubmit={onCorrect} onKeyDown={closeOnEscape} noValidate className="rounded border border-slate-300 bg-slate-50 p-3">
          <fieldset className="space-y-3">
            <legend className="text-sm font-semibold">{t("correct.legend", { name })}</legend>
            <input type="hidden" name="entryId" value={entry.id} />
            <FormMessage state={correctState?.ok ? null : correctState} />
            <div ref={firstInput}>
              <PersonInputs state={correctState} defaults={entry} />
            </div>
            <div className="flex flex-wrap gap-2">
              <button type="submit" disabled={correcting} className={primaryButton}>
                {t("correct.submit")}
              </button>
              <button type="button" onClick={close} className={secondaryButton}>
                {t("correct.cancel")}
              </button>
            </div>
          </fieldset>
        </form>
      )}
      {mode === "confirmRemove" && (
        <form ref={removeForm} action={removeFormAction} onSubmit={onRemove} onKeyDown={closeOnEscape} className="space-y-2 rounded border border-red-200 bg-red-50 p-3">
          <input type="hidden" name="entryId" value={entry.id} />
          <FormMessage state={removeState} />
          <p id={confirmTextId} className="text-sm">{t("remove.confirm", { name })}</p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmButton} type="submit" disabled={removing} aria-describedby={confirmTextId} className={dangerButton}>
              {t("remove.submitFor", { name })}
            </button>
            <button type="button" onClick={close} className={secondaryButton}>
              {t("correct.cancel")}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
