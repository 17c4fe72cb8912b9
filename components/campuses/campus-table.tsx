"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useFormAction, type FormAction } from "@/components/access-management/use-form-action";
import type { CampusEntry } from "@/lib/campuses/campus";
import { CampusInput, FormMessage, primaryButton, secondaryButton } from "./form-parts";

/** The hospital's campuses, active and deactivated, each with "rename" and "deactivate"/"reactivate". */
export function CampusTable({ campuses, rename, setActive }: { campuses: readonly CampusEntry[]; rename: FormAction; setActive: FormAction }) {
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-300 bg-white px-4">
      {campuses.map((campus) => (
        <CampusItem key={campus.id} campus={campus} rename={rename} setActive={setActive} />
      ))}
    </ul>
  );
}

function CampusItem({ campus, rename, setActive }: { campus: CampusEntry; rename: FormAction; setActive: FormAction }) {
  const t = useTranslations("campuses");
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  // Only the outcome of the last action is shown (one status line per campus).
  const [lastAction, setLastAction] = useState<"rename" | "active" | null>(null);
  const focusRenameButton = useRef(false);
  const renameButtonRef = (button: HTMLButtonElement | null) => {
    if (button && focusRenameButton.current) {
      focusRenameButton.current = false;
      button.focus();
    }
  };
  const formBox = useRef<HTMLDivElement>(null);
  const label = `${campus.siteNumber} – ${campus.name}`;
  const renameAndClose: FormAction = async (previous, formData) => {
    const result = await rename(previous, formData);
    if (result.ok) {
      // The "rename" button comes back once the form closes: it gets the focus when it is there.
      focusRenameButton.current = true;
      setLastAction("rename");
      setRenaming(false);
    }
    return result;
  };
  const { state: renameState, formAction: renameAction, pending: renamePending, formRef: renameRef, onSubmit: onRename } = useFormAction(renameAndClose, {
    resetOnSuccess: false,
  });
  const { state: activeState, formAction: activeAction, pending: activePending, formRef: activeRef, onSubmit: onActive } = useFormAction(setActive, {
    resetOnSuccess: false,
  });
  useEffect(() => {
    if (renaming) formBox.current?.querySelector("input")?.focus();
  }, [renaming]);

  return (
    <li className="space-y-2 py-3" data-campus={campus.siteNumber}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div>
          <p className="font-semibold">
            <span className="font-mono">{campus.siteNumber}</span> – {campus.name}
          </p>
          <p className={campus.active ? "text-sm text-emerald-800" : "text-sm text-slate-600"}>{campus.active ? t("list.active") : t("list.inactive")}</p>
        </div>
        {!renaming && (
          <div className="flex flex-wrap gap-2">
            <button ref={renameButtonRef} type="button" onClick={() => setRenaming(true)} aria-label={t("rename.openFor", { campus: label })} className={secondaryButton}>
              {t("rename.open")}
            </button>
            <form
              ref={activeRef}
              action={activeAction}
              onSubmit={(event) => {
                setLastAction("active");
                onActive(event);
              }}
            >
              <input type="hidden" name="campusId" value={campus.id} />
              <input type="hidden" name="active" value={campus.active ? "false" : "true"} />
              <button
                type="submit"
                disabled={activePending}
                aria-label={t(campus.active ? "deactivate.submitFor" : "reactivate.submitFor", { campus: label })}
                className={secondaryButton}
              >
                {t(campus.active ? "deactivate.submit" : "reactivate.submit")}
              </button>
            </form>
          </div>
        )}
      </div>
      {!renaming && lastAction === "active" && <FormMessage state={activeState} />}
      {!renaming && lastAction === "rename" && renameState?.ok && <FormMessage state={renameState} />}
      {renaming && (
        <form ref={renameRef} action={renameAction} onSubmit={onRename} noValidate className="rounded border border-slate-300 bg-slate-50 p-3">
          <fieldset className="space-y-3">
            <legend className="text-sm font-semibold">{t("rename.legend", { campus: label })}</legend>
            <input type="hidden" name="campusId" value={campus.id} />
            <FormMessage state={renameState?.ok ? null : renameState} />
            <div ref={formBox} className="max-w-xl">
              <CampusInput id={`${id}-name`} name="name" state={renameState} defaultValue={campus.name} />
            </div>
            <p className="text-xs text-slate-600">{t("rename.siteNumberKept")}</p>
            <div className="flex flex-wrap gap-2">
              <button type="submit" disabled={renamePending} className={primaryButton}>
                {t("rename.submit")}
              </button>
              <button type="button" onClick={() => setRenaming(false)} className={secondaryButton}>
                {t("rename.cancel")}
              </button>
            </div>
          </fieldset>
        </form>
      )}
    </li>
  );
}
