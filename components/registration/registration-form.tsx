"use client";

import { useTranslations } from "next-intl";
import {
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type BaseSyntheticEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from "react";
import { FormProvider, useForm, useFormState, type Control, type FieldValues } from "react-hook-form";
import { sessionEndingEvent } from "@/components/auth/inactivity-warning";
import { fieldLabel } from "@/lib/modules/describe-issue";
import type { FormDefinition, FormSection } from "@/lib/modules/types";
import type { Locale } from "@/lib/validation/types";
import { browserStorage, createDraftStore, isDraftNewer, type DraftRecord, type DraftStore } from "./draft-store";
import { domIdCandidates, fieldDomId, focusField, focusFirstElement } from "./field-dom-id";
import { FieldList } from "./field-list";
import { FormIndex } from "./form-index";
import { hiddenFilledPaths } from "./form-overview";
import { FormUiProvider, useDerived, type FormUi, type NumberedIssue } from "./form-context";
import { compactValues, flattenFieldErrors, formatTime, holds, scopeAt, toFormValues, valuesEqual } from "./form-values";
import { IssueList, type IssueListItem } from "./issue-list";
import { ReadOnlyRegistration } from "./read-only-registration";
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import type { RegistrationFormProps, RegistrationIssue } from "./types";

export type { RegistrationFormProps } from "./types";

const NO_HOSPITAL_LISTS: HospitalLists = {};

/**
 * The registration form of a module (F-REG-1), rendered from the module's form metadata only.
 * Browser checks are limited to input formats; completeness and plausibility come from the
 * server (`issues`). Input is never lost: it is saved on demand and automatically, and kept in
 * localStorage until saved (session timeout, closed tab), then offered back.
 */
export function RegistrationForm(props: RegistrationFormProps) {
  if (props.readOnly) {
    return (
      <ReadOnlyRegistration
        form={props.form}
        data={props.defaultValues}
        locale={props.locale}
        issues={props.issues}
        pickerLists={props.pickerLists}
        hospitalLists={props.hospitalLists}
      />
    );
  }
  return <EditableRegistrationForm {...props} />;
}

type Status =
  | { kind: "idle" }
  | { kind: "busy"; action: "save" | "next" }
  | { kind: "saved"; at: string; auto: boolean }
  | { kind: "failed"; message: string; auto: boolean };

/** Bookkeeping read by timers and listeners, never rendered. */
interface Tracking {
  /** Changes made so far, and how many of them the last successful save contained. */
  changes: number;
  saved: number;
  /** The change count of the last failed save: autosave waits for a new change. */
  failedAt: number;
  /** Programmatic resets are not the user's changes. */
  suppress: boolean;
  version: number | null;
  busy: boolean;
}

/** Delay before unsaved input is written to localStorage. */
const DRAFT_WRITE_DELAY_MS = 600;
/** Delay after the last change before the server's findings are asked again. */
const RECHECK_DELAY_MS = 700;

function isNavigation(error: unknown): boolean {
  // Next.js signals redirect() and notFound() from a server action by throwing; let them through.
  return typeof error === "object" && error !== null && "digest" in error && String(error.digest).startsWith("NEXT_");
}

const NO_ISSUES: readonly RegistrationIssue[] = [];

/** Filled fields a change hid, the values from before it, and where the focus was going. */
interface HiddenChange {
  paths: string[];
  base: FieldValues;
  fieldId: string;
  next: HTMLElement | null;
}

function EditableRegistrationForm({
  form,
  defaultValues,
  locale,
  issues = NO_ISSUES,
  pickerLists,
  hospitalLists = NO_HOSPITAL_LISTS,
  onSave,
  onNext,
  onCheck,
  autosaveSeconds = 30,
  storageKey,
  version = null,
  savedAt = null,
  children,
}: RegistrationFormProps) {
  const t = useTranslations("registrationForm");
  const [initialValues] = useState(() => toFormValues(defaultValues));
  const methods = useForm<FieldValues>({
    defaultValues: initialValues,
    mode: "onBlur",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const { control, getValues, handleSubmit, reset, setValue, subscribe } = methods;

  // The server's findings: those of the page at first, then those of the live check.
  const [findings, setFindings] = useState({ from: issues, shown: issues });
  if (findings.from !== issues) setFindings({ from: issues, shown: issues });
  const numbered = useMemo(() => findings.shown.map((entry, index) => ({ ...entry, number: index + 1 })), [findings.shown]);
  const ui = useMemo<FormUi>(() => {
    const issuesByPath = new Map<string, NumberedIssue[]>();
    for (const entry of numbered) {
      if (entry.href) continue;
      const list = issuesByPath.get(entry.issue.path) ?? [];
      list.push(entry);
      issuesByPath.set(entry.issue.path, list);
    }
    return { form, locale, pickerLists, hospitalLists, issuesByPath };
  }, [form, locale, pickerLists, hospitalLists, numbered]);

  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [dirty, setDirty] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  /** Kept input typed on an older version than the one opened: offered, never applied unasked. */
  const [olderDraft, setOlderDraft] = useState<DraftRecord | null>(null);
  const [discarded, setDiscarded] = useState(false);
  // Bumped when values are replaced (restore, discard): inputs are re-created with the new
  // values, since react-hook-form leaves uncontrolled inputs whose new value is empty untouched.
  const [generation, setGeneration] = useState(0);
  const tracking = useRef<Tracking>({ changes: 0, saved: 0, failedAt: -1, suppress: false, version, busy: false });
  const store = useRef<DraftStore | null>(null);
  const writeTimer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const summary = useRef<HTMLDivElement>(null);
  const formElement = useRef<HTMLFormElement>(null);
  /** A date control holds text that is not a date (yet): nothing to save or check. */
  const hasUnreadDate = () => formElement.current?.querySelector("[data-date-problem]") != null;

  /** Findings are shown (from the page or a link from the summary): keep them current. */
  const checking = useRef(issues.length > 0);
  const checkTimer = useRef<number | undefined>(undefined);
  const checkSeq = useRef(0);

  /** Asks the server's findings on the values as typed; an older answer never wins over a newer. */
  const recheck = useEffectEvent(async () => {
    if (!onCheck || !checking.current) return;
    if (flattenFieldErrors(methods.formState.errors).length > 0 || hasUnreadDate()) return;
    const seq = ++checkSeq.current;
    try {
      const found = await onCheck(compactValues(getValues()) as Record<string, unknown>);
      if (found && seq === checkSeq.current) setFindings((current) => ({ from: current.from, shown: found }));
    } catch {
      // Unreachable now: the findings shown stay until the next check or "Next".
    }
  });

  /** Puts unsaved input aside in the browser now. */
  const writeDraft = () => {
    window.clearTimeout(writeTimer.current);
    const track = tracking.current;
    if (track.changes === track.saved) return;
    store.current?.write(compactValues(getValues()), track.version);
  };

  const resetQuietly = (values: FieldValues) => {
    tracking.current.suppress = true;
    try {
      reset(values);
    } finally {
      tracking.current.suppress = false;
    }
  };

  // A newer saved version coming in through props is the one to save on top of.
  useEffect(() => {
    const track = tracking.current;
    if (version !== null && (track.version === null || track.version < version)) track.version = version;
  }, [version]);

  /** Replaces the form's values by kept input; it counts as an unsaved change. */
  const applyDraft = (draft: DraftRecord) => {
    resetQuietly(toFormValues(compactValues(draft.values)));
    setGeneration((current) => current + 1);
    tracking.current.changes += 1;
    setDirty(true);
    setRestoredAt(draft.writtenAt);
    setDiscarded(false);
  };

  // Input kept from an earlier visit (timeout, closed tab) comes back, with a notice. Input typed
  // on an older version (someone saved since, F-REG-7) is only offered: nothing is lost silently.
  const restore = useEffectEvent((kept: DraftStore) => {
    const draft = kept.read();
    if (!draft) return;
    if (valuesEqual(compactValues(draft.values), compactValues(initialValues))) {
      kept.clear();
      return;
    }
    if (isDraftNewer(draft, { version, savedAt })) applyDraft(draft);
    else setOlderDraft(draft);
  });

  useEffect(() => {
    const kept = createDraftStore(browserStorage(), storageKey);
    store.current = kept;
    // localStorage exists only in the browser, after hydration: reading it here is the point.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    restore(kept);
    // Links from the summary page ("…/form#field-plans-0-startDate") land on the field.
    if (window.location.hash.startsWith("#field-")) {
      const ids = domIdCandidates(window.location.hash);
      requestAnimationFrame(() => focusFirstElement(ids));
      if (!checking.current) {
        checking.current = true;
        void recheck();
      }
    }
  }, [storageKey]);

  const onChange = useEffectEvent(() => {
    const track = tracking.current;
    if (track.suppress) return;
    track.changes += 1;
    setDirty(true);
    setDiscarded(false);
    window.clearTimeout(writeTimer.current);
    writeTimer.current = window.setTimeout(writeDraft, DRAFT_WRITE_DELAY_MS);
    if (checking.current) {
      window.clearTimeout(checkTimer.current);
      checkTimer.current = window.setTimeout(() => void recheck(), RECHECK_DELAY_MS);
    }
  });

  useEffect(() => subscribe({ formState: { values: true }, callback: () => onChange() }), [subscribe]);

  const flush = useEffectEvent(() => writeDraft());

  useEffect(() => {
    const listener = () => flush();
    window.addEventListener(sessionEndingEvent, listener);
    window.addEventListener("pagehide", listener);
    return () => {
      window.removeEventListener(sessionEndingEvent, listener);
      window.removeEventListener("pagehide", listener);
      listener();
    };
  }, []);

  /** Saves the current values; saves run one after the other so each sends the latest version. */
  const save = (auto: boolean): Promise<boolean> => {
    const run = async (): Promise<boolean> => {
      const track = tracking.current;
      const seq = track.changes;
      track.busy = true;
      if (!auto) setStatus({ kind: "busy", action: "save" });
      try {
        const data = compactValues(getValues()) as Record<string, unknown>;
        const result = await onSave(data, { version: track.version, auto });
        if (!result.ok) {
          track.failedAt = seq;
          setStatus({ kind: "failed", message: result.message, auto });
          return false;
        }
        track.version = result.version;
        track.saved = seq;
        if (track.changes === seq) {
          store.current?.clear();
          setDirty(false);
        } else {
          writeDraft();
        }
        setRestoredAt(null);
        setOlderDraft(null);
        setStatus({ kind: "saved", at: result.savedAt, auto });
        return true;
      } catch {
        track.failedAt = seq;
        setStatus({ kind: "failed", message: t("actions.unreachable"), auto });
        return false;
      } finally {
        track.busy = false;
      }
    };
    const next = chain.current.then(run, run);
    chain.current = next;
    return next;
  };

  const autosave = useEffectEvent(() => {
    const track = tracking.current;
    if (track.busy || track.changes === track.saved || track.changes === track.failedAt) return;
    // Input that cannot be saved as typed waits for the user's correction (a date being typed too).
    if (flattenFieldErrors(methods.formState.errors).length > 0 || hasUnreadDate()) return;
    void save(true);
  });

  useEffect(() => {
    if (!(autosaveSeconds > 0)) return;
    const timer = window.setInterval(() => autosave(), autosaveSeconds * 1000);
    return () => window.clearInterval(timer);
  }, [autosaveSeconds]);

  const onInvalid = () => {
    setStatus({ kind: "failed", message: t("actions.formatFirst"), auto: false });
    requestAnimationFrame(() => summary.current?.focus());
  };

  const saveValid = async () => {
    await save(false);
  };

  const nextValid = async () => {
    await chain.current;
    setStatus({ kind: "busy", action: "next" });
    try {
      const result = await onNext(compactValues(getValues()) as Record<string, unknown>, {
        version: tracking.current.version,
        auto: false,
      });
      setStatus(result && !result.ok ? { kind: "failed", message: result.message, auto: false } : { kind: "idle" });
    } catch (error) {
      if (isNavigation(error)) throw error;
      setStatus({ kind: "failed", message: t("actions.unreachable"), auto: false });
    }
  };

  const discard = () => {
    resetQuietly(initialValues);
    setGeneration((current) => current + 1);
    const track = tracking.current;
    track.saved = track.changes;
    window.clearTimeout(writeTimer.current);
    store.current?.clear();
    setDirty(false);
    setRestoredAt(null);
    setDiscarded(true);
  };

  // A change that hides filled fields (REDCap asks): said when the user leaves the field, and
  // the hidden values cleared on confirmation, or the change undone.
  const focusBase = useRef<FieldValues | null>(null);
  const [hiding, setHiding] = useState<HiddenChange | null>(null);
  const [clearedCount, setClearedCount] = useState<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (hiding && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [hiding]);

  const onFieldFocus = () => {
    if (!hiding) focusBase.current = structuredClone(getValues());
  };
  const onFieldBlur = (event: FocusEvent<HTMLFormElement>) => {
    const base = focusBase.current;
    if (hiding || base === null) return;
    const paths = hiddenFilledPaths(form, base, getValues());
    if (paths.length === 0) return;
    const next = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
    setClearedCount(null);
    setHiding({ paths, base, fieldId: event.target instanceof HTMLElement ? event.target.id : "", next });
  };
  const closeHiding = (focus: HTMLElement | null) => {
    dialog.current?.close();
    setHiding(null);
    focusBase.current = null;
    requestAnimationFrame(() => focus?.focus());
  };
  const clearHidden = () => {
    if (!hiding) return;
    for (const path of hiding.paths) {
      const value: unknown = getValues(path);
      setValue(path, Array.isArray(value) ? [] : typeof value === "boolean" ? false : "", { shouldDirty: true });
    }
    setClearedCount(hiding.paths.length);
    closeHiding(hiding.next?.isConnected ? hiding.next : document.getElementById(hiding.fieldId));
  };
  const undoHiding = () => {
    if (!hiding) return;
    resetQuietly(hiding.base);
    setGeneration((current) => current + 1);
    tracking.current.changes += 1;
    setDirty(true);
    const fieldId = hiding.fieldId;
    dialog.current?.close();
    setHiding(null);
    focusBase.current = null;
    // The inputs are re-created with the values from before the change.
    requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(fieldId)?.focus()));
  };

  const applyOlderDraft = () => {
    if (olderDraft) applyDraft(olderDraft);
    setOlderDraft(null);
  };

  const dismissOlderDraft = () => {
    // Input typed since has replaced it in the storage already.
    const track = tracking.current;
    if (track.changes === track.saved) store.current?.clear();
    setOlderDraft(null);
    setDiscarded(true);
  };

  const busy = status.kind === "busy";
  // Format checks first (handleSubmit), then the action; one action at a time.
  const onSaveClick = (event?: BaseSyntheticEvent) => {
    if (!busy) void handleSubmit(saveValid, onInvalid)(event);
  };
  const onNextClick = (event?: BaseSyntheticEvent) => {
    if (!busy) void handleSubmit(nextValid, onInvalid)(event);
  };

  // Ctrl+S (⌘S) saves and Ctrl+Enter (⌘↵) goes on to the summary, from anywhere on the page.
  const onShortcut = useEffectEvent((event: globalThis.KeyboardEvent) => {
    const action = shortcutOf(event);
    if (!action) return;
    event.preventDefault();
    // The value being typed counts: react-hook-form reads it from the DOM on blur for some controls.
    if (action === "save") onSaveClick();
    else onNextClick();
  });
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => onShortcut(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  return (
    <FormProvider {...methods}>
      <FormUiProvider value={ui}>
        <div className="gap-6 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem]">
          <form
            ref={formElement}
            noValidate
            onSubmit={(event) => event.preventDefault()}
            onKeyDown={moveOnAtEnter}
            onFocus={onFieldFocus}
            onBlur={onFieldBlur}
            className="space-y-5"
            aria-busy={busy || undefined}
          >
            {restoredAt && (
              <div
                role="status"
                className="flex flex-wrap items-center gap-3 rounded border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-sm text-brand-900"
              >
                <p className="mr-auto">{t("restore.notice", { time: formatTime(restoredAt, locale) })}</p>
                <button
                  type="button"
                  onClick={discard}
                  className="rounded border border-brand-600 bg-white px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-100"
                >
                  {t("restore.discard")}
                </button>
              </div>
            )}
            {olderDraft && (
              <div
                role="status"
                className="flex flex-wrap items-center gap-3 rounded border-l-4 border-orange-500 bg-orange-50 px-4 py-3 text-sm text-orange-950"
              >
                <p className="mr-auto">{t("restore.olderNotice", { time: formatTime(olderDraft.writtenAt, locale) })}</p>
                <button
                  type="button"
                  onClick={applyOlderDraft}
                  className="rounded border border-orange-600 bg-white px-3 py-1.5 font-semibold text-orange-900 hover:bg-orange-100"
                >
                  {t("restore.apply")}
                </button>
                <button
                  type="button"
                  onClick={dismissOlderDraft}
                  className="rounded border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-800 hover:bg-slate-100"
                >
                  {t("restore.discard")}
                </button>
              </div>
            )}
            {clearedCount !== null && (
              <p role="status" className="rounded border-l-4 border-slate-400 bg-slate-50 px-4 py-2 text-sm">
                {t("hidden.cleared", { count: clearedCount })}
              </p>
            )}
            {discarded && (
              <p role="status" className="rounded border-l-4 border-slate-400 bg-slate-50 px-4 py-2 text-sm">
                {t("restore.discarded")}
              </p>
            )}
            <Summary control={control} form={form} locale={locale} issues={numbered} summaryRef={summary} />
            <p className="text-xs text-slate-600">
              <span aria-hidden="true" className="font-bold text-red-700">
                *{" "}
              </span>
              {t("requiredLegend")}
            </p>
            <p className="hidden text-xs text-slate-600 sm:block">{t("keys.form")}</p>
            <div key={generation} className="space-y-5">
              {form.sections.map((section) => (
                <SectionView key={section.id} section={section} locale={locale} />
              ))}
            </div>
            {children}
            <div className="sticky bottom-0 z-20 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.05)] backdrop-blur">
              <div className="mr-auto min-h-5 text-sm">
                <p role="status">
                  {status.kind === "busy" && t(status.action === "save" ? "actions.saving" : "actions.checking")}
                  {status.kind === "saved" && !status.auto && t("actions.savedAt", { time: formatTime(status.at, locale) })}
                </p>
                <p role="alert" className="font-medium text-red-700">
                  {status.kind === "failed" &&
                    (status.auto ? t("actions.autosaveFailed", { message: status.message }) : status.message)}
                </p>
                {status.kind === "saved" && status.auto && (
                  <p className="text-slate-600">{t("actions.autosavedAt", { time: formatTime(status.at, locale) })}</p>
                )}
                {dirty && !busy && <p className="text-xs text-orange-800">{t("actions.unsaved")}</p>}
              </div>
              <button
                type="button"
                onClick={onSaveClick}
                aria-disabled={busy || undefined}
                aria-keyshortcuts="Control+S"
                className="rounded border border-brand-600 bg-white px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50 aria-disabled:opacity-60"
              >
                {t("actions.save")}
                <kbd aria-hidden="true" className="ml-2 hidden rounded border border-brand-200 px-1 font-sans text-xs font-normal sm:inline">{t("keys.save")}</kbd>
              </button>
              <button
                type="button"
                onClick={onNextClick}
                aria-disabled={busy || undefined}
                aria-keyshortcuts="Control+Enter"
                data-next-action
                className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 aria-disabled:opacity-60"
              >
                {t("actions.next")}
                <span aria-hidden="true"> →</span>
                <kbd aria-hidden="true" className="ml-2 hidden rounded border border-white/50 px-1 font-sans text-xs font-normal sm:inline">{t("keys.next")}</kbd>
              </button>
            </div>
          </form>
          <aside className="mt-5 lg:sticky lg:top-4 lg:mt-0 lg:self-start">
            <FormIndex form={form} locale={locale} issues={numbered} />
          </aside>
        </div>
        <dialog
          ref={dialog}
          aria-labelledby="hidden-values-title"
          aria-describedby="hidden-values-text"
          onCancel={(event) => {
            event.preventDefault();
            undoHiding();
          }}
          className="m-auto max-w-lg rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/40"
        >
          {hiding && (
            <div className="space-y-3">
              <h2 id="hidden-values-title" className="text-lg font-semibold text-slate-900">
                {t("hidden.title")}
              </h2>
              <p id="hidden-values-text" className="text-sm text-slate-800">
                {t("hidden.notice", { count: hiding.paths.length })}
              </p>
              <ul className="list-disc pl-5 text-sm text-slate-800">
                {hiding.paths.map((path) => (
                  <li key={path}>{fieldLabel(form, path, locale) ?? path}</li>
                ))}
              </ul>
              <div className="flex flex-wrap gap-3 pt-1">
                <button
                  type="button"
                  autoFocus
                  onClick={clearHidden}
                  className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
                >
                  {t("hidden.clear")}
                </button>
                <button
                  type="button"
                  onClick={undoHiding}
                  className="rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100"
                >
                  {t("hidden.undo")}
                </button>
              </div>
            </div>
          )}
        </dialog>
      </FormUiProvider>
    </FormProvider>
  );
}

/** The form's shortcut in a key press: Ctrl/⌘+S saves, Ctrl/⌘+Enter goes on. */
function shortcutOf(event: globalThis.KeyboardEvent): "save" | "next" | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  if (event.key === "s" || event.key === "S") return "save";
  if (event.key === "Enter") return "next";
  return null;
}

const FIELD_CONTROLS = "input:not([type=hidden]), select, textarea";

/** The controls a Tab would stop at, in order: a radio group counts once (its checked or first radio). */
function fieldStops(form: HTMLFormElement): HTMLElement[] {
  const stops: HTMLElement[] = [];
  const groups = new Set<string>();
  for (const element of form.querySelectorAll<HTMLInputElement>(FIELD_CONTROLS)) {
    if (element.disabled || element.tabIndex < 0 || element.getClientRects().length === 0) continue;
    if (element.type === "radio") {
      if (groups.has(element.name)) continue;
      const checked = form.querySelector<HTMLInputElement>(`input[type=radio][name="${CSS.escape(element.name)}"]:checked`);
      groups.add(element.name);
      stops.push(checked ?? element);
      continue;
    }
    stops.push(element);
  }
  return stops;
}

/** A required field nothing has been given yet: where Enter goes next. */
function needsValue(stop: HTMLElement, form: HTMLFormElement): boolean {
  if (!stop.closest("[data-field]")?.hasAttribute("data-required")) return false;
  if (stop instanceof HTMLInputElement && (stop.type === "radio" || stop.type === "checkbox")) {
    return form.querySelector(`input[name="${CSS.escape(stop.name)}"]:checked`) === null;
  }
  return (stop as HTMLInputElement).value === "";
}

/**
 * Enter in a field moves on to the next required field still empty (the fast path through a
 * long form; Tab still visits every field), and after the last one to "Next". A list or a code
 * picker that uses Enter itself keeps it; a text area keeps its new lines.
 */
function moveOnAtEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== "Enter" || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  const target = event.target;
  const isField =
    (target instanceof HTMLInputElement && ["text", "number", "radio", "checkbox"].includes(target.type)) ||
    target instanceof HTMLSelectElement;
  if (!isField) return;
  event.preventDefault();
  const form = event.currentTarget;
  const stops = fieldStops(form);
  const from = stops.findIndex(
    (stop) => stop === target || (target instanceof HTMLInputElement && stop instanceof HTMLInputElement && stop.name === target.name),
  );
  const next = stops.slice(from + 1).find((stop) => needsValue(stop, form)) ?? form.querySelector<HTMLElement>("[data-next-action]");
  next?.focus();
}

function SectionView({ section, locale }: { section: FormSection; locale: Locale }) {
  const visible = useDerived((values) => holds(section.visibleWhen, scopeAt(values, "")));
  if (!visible) return null;
  const titleId = `section-${section.id}-title`;
  return (
    <fieldset
      id={`section-${section.id}`}
      aria-describedby={section.help ? `section-${section.id}-help` : undefined}
      className="rounded-lg border border-slate-200 bg-white px-4 pb-4 pt-1 shadow-sm"
      data-section={section.id}
    >
      <legend id={titleId} className="px-1 text-base font-semibold text-brand-900">
        <span className="mr-1.5 text-slate-500">{section.id}.</span>
        {section.title[locale]}
      </legend>
      {section.help && (
        <p id={`section-${section.id}-help`} className="mb-3 text-sm text-slate-600">
          {section.help[locale]}
        </p>
      )}
      <div className="mt-2">
        <FieldList fields={section.fields} itemPath="" sectionTitle={section.title[locale]} />
      </div>
    </fieldset>
  );
}

/**
 * The error summary at the top (GOV.UK pattern), numbered as on the summary page: format errors
 * once the user tried to save, the server's findings errors first, then warnings; each entry a
 * link that moves the focus to the field (or opens the patient page). It is the page's focus
 * target when the form opens with findings (`data-page-focus`).
 */
function Summary({
  control,
  form,
  locale,
  issues,
  summaryRef,
}: {
  control: Control<FieldValues>;
  form: FormDefinition;
  locale: Locale;
  issues: readonly NumberedIssue[];
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const t = useTranslations("registrationForm");
  const { errors, submitCount } = useFormState({ control });
  const formatErrors = submitCount > 0 ? flattenFieldErrors(errors) : [];
  const errorCount = issues.filter(({ issue }) => issue.severity === "error").length;
  const warningCount = issues.filter(({ issue }) => issue.severity === "warning").length;
  const counts = t("summary.counts", { errors: errorCount, warnings: warningCount });
  if (formatErrors.length === 0 && issues.length === 0) return null;
  const severe = formatErrors.length > 0 || errorCount > 0;
  const navigate = (path: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (focusField(path)) event.preventDefault();
  };
  const items: IssueListItem[] = issues.map(({ issue, message, href }) => ({
    issue,
    message,
    href: href ?? `#${fieldDomId(issue.path)}`,
  }));
  const errorItems = items.filter(({ issue }) => issue.severity === "error");
  const warningItems = items.filter(({ issue }) => issue.severity !== "error");
  const onNavigate = (item: IssueListItem, event: MouseEvent<HTMLAnchorElement>) => {
    if (item.href.startsWith("#")) navigate(item.issue.path)(event);
  };
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      data-page-focus
      aria-labelledby="registration-summary-title"
      aria-describedby="registration-summary-counts"
      className={`space-y-3 rounded border-l-4 px-4 py-3 ${severe ? "border-red-600 bg-red-50" : "border-orange-500 bg-orange-50"}`}
    >
      <h2 id="registration-summary-title" className="text-base font-semibold text-slate-900">
        {t("summary.title")}
      </h2>
      {formatErrors.length > 0 && (
        <section aria-labelledby="registration-summary-format">
          <h3 id="registration-summary-format" className="mb-1 text-sm font-semibold text-red-900">
            {t("summary.formatTitle")}
          </h3>
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-red-900">
            {formatErrors.map(({ path, message }) => (
              <li key={path}>
                <a href={`#${fieldDomId(path)}`} onClick={navigate(path)} className="underline underline-offset-2">
                  {fieldLabel(form, path, locale) ?? path}: {message}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p id="registration-summary-counts" role="status" className="text-sm text-slate-700">
        {issues.length > 0 && counts}
      </p>
      {errorItems.length > 0 && (
        <section aria-labelledby="registration-summary-errors" className="space-y-1.5 text-sm">
          <h3 id="registration-summary-errors" className="font-semibold text-red-800">
            {t("summary.errors", { count: errorItems.length })}
          </h3>
          <IssueList items={errorItems} onNavigate={onNavigate} />
        </section>
      )}
      {warningItems.length > 0 && (
        <section aria-labelledby="registration-summary-warnings" className="space-y-1.5 text-sm">
          <h3 id="registration-summary-warnings" className="font-semibold text-orange-800">
            {t("summary.warnings", { count: warningItems.length })}
          </h3>
          <IssueList items={warningItems} start={errorItems.length + 1} onNavigate={onNavigate} />
        </section>
      )}
    </div>
  );
}
