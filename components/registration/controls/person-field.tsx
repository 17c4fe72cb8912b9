"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useController } from "react-hook-form";
import { isPersonValue, personDisplayText, type PersonValue } from "@/lib/modules/field-types/person";
import type { PersonListEntry } from "@/lib/person-lists/entry";
import { formatRiziv, rizivPrefix } from "@/lib/person-lists/riziv";
import { readPerson } from "@/lib/person-lists/person";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { controlClass, describedBy, Labelled, type FieldChrome } from "../field-chrome";
import { useFormUi } from "../form-context";
import { usePersonListActions } from "./person-list-actions";

/** Wait this long after the last key before asking the server. */
const SEARCH_DELAY_MS = 200;

type Typed = { lastName: string; firstName: string; riziv: string };

const copyOf = (person: PersonValue | PersonListEntry): PersonValue => ({ lastName: person.lastName, firstName: person.firstName, riziv: person.riziv });

/**
 * A physician from the hospital's person list `field.list` (F-STD MOC participants): an ARIA
 * combobox like the ICD-O-3 picker — type a name or the first digits of the RIZIV/INAMI number,
 * Down/Up to move, Enter to choose the highlighted physician, Escape to close or undo. Nothing is
 * highlighted until the user moves, so Enter never chooses for them. A physician not on the list
 * is typed once (name, first name, number checked at once) and joins the list. The form keeps a
 * copy { lastName, firstName, riziv }, so later corrections of the list never rewrite it.
 */
export function PersonField({ chrome }: { chrome: FieldChrome }) {
  const t = useTranslations("personLists");
  const actions = usePersonListActions();
  const { locale } = useFormUi();
  const label = chrome.field.label[locale];
  const listKey = chrome.field.list ?? "";
  const {
    field: { ref, name, onChange, onBlur, value: stored },
  } = useController({
    name: chrome.path,
    rules: { validate: (value: unknown) => (value === undefined || value === null || value === "" || isPersonValue(value) ? true : t("field.invalid")) },
  });
  const value = isPersonValue(stored) ? stored : null;
  const chosenText = value ? personDisplayText(value) : "";

  const [text, setText] = useState(chosenText);
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [found, setFound] = useState<{ query: string; entries: PersonListEntry[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const [typed, setTyped] = useState<Typed | null>(null);
  const [typedErrors, setTypedErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const lastQuery = useRef("");
  // Follow values set from outside (restored input, "discard") unless the user is typing.
  const [shown, setShown] = useState(chosenText);
  if (shown !== chosenText) {
    setShown(chosenText);
    if (!editing) setText(chosenText);
  }

  const query = text.trim();
  const searching = open && query !== "" && query !== chosenText && actions !== null;
  useEffect(() => {
    if (!searching) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      actions
        .search(listKey, query)
        .then((result) => {
          if (cancelled) return;
          setFailed(!result.ok);
          setFound({ query, entries: result.ok ? result.entries : [] });
        })
        .catch(() => {
          if (!cancelled) {
            setFailed(true);
            setFound({ query, entries: [] });
          }
        });
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [searching, actions, listKey, query]);

  const answered = searching && found?.query === query;
  const results = answered ? found.entries : [];
  const expanded = results.length > 0;

  const ids = {
    listbox: `${chrome.id}-listbox`,
    option: (index: number) => `${chrome.id}-option-${index}`,
    chosen: `${chrome.id}-chosen`,
    instructions: `${chrome.id}-instructions`,
    typed: (part: keyof Typed) => `${chrome.id}-new-${part}`,
    typedError: (part: keyof Typed) => `${chrome.id}-new-${part}-error`,
    rizivHint: `${chrome.id}-new-riziv-hint`,
  };

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(`${chrome.id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [expanded, active, chrome.id]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (person: PersonValue | PersonListEntry) => {
    const copy = copyOf(person);
    onChange(copy);
    setText(personDisplayText(copy));
    setNotice(null);
    close();
  };

  /** Leaving the field: emptied text clears the choice; search words are undone. */
  const commit = () => {
    if (query === "" && value) onChange(undefined);
    setText(query === "" ? "" : chosenText);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(-1);
        } else if (results.length > 0) {
          setActive((index) => Math.min(index + 1, results.length - 1));
        }
        break;
      case "ArrowUp":
        event.preventDefault();
        if (open && results.length > 0) setActive((index) => Math.max(index - 1, -1));
        break;
      case "Enter": {
        // Never submits the form, and chooses only the physician the user moved to.
        event.preventDefault();
        const entry = expanded && active >= 0 ? results[active] : undefined;
        if (entry) choose(entry);
        break;
      }
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        } else if (text !== chosenText) {
          event.preventDefault();
          setText(chosenText);
        }
        break;
      default:
        break;
    }
  };

  const startTyping = () => {
    const words = lastQuery.current.trim();
    const digits = rizivPrefix(words);
    setTyped({ lastName: digits ? "" : words, firstName: "", riziv: digits ?? "" });
    setTypedErrors({});
    setNotice(null);
    close();
    // The first empty input of the new physician gets the focus once it is shown.
    setTimeout(() => {
      const first = [ids.typed("lastName"), ids.typed("firstName"), ids.typed("riziv")]
        .map((id) => document.getElementById(id) as HTMLInputElement | null)
        .find((input) => input && input.value === "");
      (first ?? document.getElementById(ids.typed("lastName")))?.focus();
    }, 0);
  };

  const cancelTyping = () => {
    setTyped(null);
    setTypedErrors({});
    inputRef.current?.focus();
  };

  const takeTyped = async () => {
    if (!typed || busy) return;
    const parsed = readPerson(typed);
    if (!parsed.ok) {
      const errors = parsed.errors;
      setTypedErrors(errors);
      const firstInvalid = (["lastName", "firstName", "riziv"] as const).find((part) => errors[part]);
      if (firstInvalid) document.getElementById(ids.typed(firstInvalid))?.focus();
      return;
    }
    let person: PersonValue = parsed.person;
    let message: string | null = null;
    if (actions) {
      setBusy(true);
      try {
        const result = await actions.add({ listKey, ...parsed.person });
        if (result.ok) {
          person = copyOf(result.entry);
          message = result.created ? t("field.added", { name: `${person.firstName} ${person.lastName}` }) : t("field.reused", { name: personDisplayText(person) });
        } else if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) {
          setTypedErrors(result.fieldErrors);
          return;
        } else {
          message = t("field.notAdded");
        }
      } catch {
        message = t("field.notAdded");
      } finally {
        setBusy(false);
      }
    }
    choose(person);
    setNotice(message);
    setTyped(null);
    setTypedErrors({});
    inputRef.current?.focus();
  };

  const typedKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      // Enter here takes the physician, it never submits the registration.
      event.preventDefault();
      void takeTyped();
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancelTyping();
    }
  };

  const status = !searching
    ? ""
    : failed && answered
      ? t("field.searchFailed")
      : !answered
        ? t("field.searching")
        : results.length === 0
          ? t("field.noMatches", { query })
          : t("field.results", { count: results.length });

  return (
    <Labelled chrome={chrome}>
      <div className="relative">
        <input
          type="text"
          id={chrome.id}
          ref={(element) => {
            ref(element);
            inputRef.current = element;
          }}
          name={name}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={ids.listbox}
          aria-activedescendant={expanded && active >= 0 ? ids.option(active) : undefined}
          aria-describedby={describedBy(chrome.describedBy, value !== null && ids.chosen, ids.instructions)}
          aria-invalid={chrome.invalid || undefined}
          aria-required={chrome.required || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t("field.searchPlaceholder")}
          maxLength={100}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            lastQuery.current = event.target.value;
            setEditing(true);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setEditing(true)}
          onBlur={() => {
            commit();
            setEditing(false);
            onBlur();
          }}
          onKeyDown={onKeyDown}
          className={controlClass(chrome.tone, "w-full")}
        />
        <ul
          id={ids.listbox}
          role="listbox"
          aria-label={label}
          hidden={!expanded}
          className="absolute z-30 mt-1 max-h-72 w-full overflow-auto rounded border border-slate-300 bg-white py-1 shadow-lg"
        >
          {results.map((entry, index) => (
            <li
              key={entry.id}
              id={ids.option(index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(entry)}
              onMouseMove={() => setActive(index)}
              className="cursor-pointer px-2.5 py-1 text-sm aria-selected:bg-brand-600 aria-selected:text-white"
            >
              {entry.lastName} {entry.firstName} — <span className="font-mono">{formatRiziv(entry.riziv)}</span>
            </li>
          ))}
        </ul>
      </div>
      {(value || !typed) && (
        <div className="mt-0.5 flex min-h-6 flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
          {value && (
            <>
              <span id={ids.chosen}>{t("field.chosen", { person: chosenText })}</span>
              <button
                type="button"
                onClick={() => {
                  onChange(undefined);
                  setText("");
                  setNotice(null);
                  inputRef.current?.focus();
                }}
                className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
              >
                {t("field.clear")}
                <span className="sr-only">: {label}</span>
              </button>
            </>
          )}
          {!typed && (
            <button
              type="button"
              onMouseDown={(event) => event.preventDefault()}
              onClick={startTyping}
              className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {t("field.newPerson")}
            </button>
          )}
        </div>
      )}
      <p aria-live="polite" className={notice ? "mt-0.5 text-xs font-medium text-emerald-800" : "sr-only"}>
        {notice}
      </p>
      <p id={ids.instructions} className="sr-only">
        {t("field.instructions")}
      </p>
      <p role="status" className="sr-only">
        {status}
      </p>
      {searching && answered && results.length === 0 && (
        <p className="mt-0.5 text-xs italic text-slate-600" aria-hidden="true">
          {failed ? t("field.searchFailed") : t("field.noMatches", { query })}
        </p>
      )}
      {typed && (
        <fieldset className="mt-2 space-y-2 rounded border border-slate-300 bg-slate-50 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">{t("field.newLegend", { field: label })}</legend>
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            {(["lastName", "firstName", "riziv"] as const).map((part) => {
              const errors = typedErrors[part];
              return (
                <div key={part}>
                  <label htmlFor={ids.typed(part)} className="mb-0.5 block text-sm font-medium text-slate-800">
                    {t(`fields.${part}`)}
                  </label>
                  <input
                    type="text"
                    id={ids.typed(part)}
                    value={typed[part]}
                    onChange={(event) => setTyped({ ...typed, [part]: event.target.value })}
                    onKeyDown={typedKeyDown}
                    inputMode={part === "riziv" ? "numeric" : undefined}
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={part === "riziv" ? 20 : 100}
                    aria-required="true"
                    aria-invalid={errors ? true : undefined}
                    aria-describedby={describedBy(part === "riziv" && ids.rizivHint, errors && ids.typedError(part))}
                    className={controlClass(errors ? "error" : undefined, part === "riziv" ? "w-full font-mono" : "w-full")}
                  />
                  {part === "riziv" && (
                    <p id={ids.rizivHint} className="mt-0.5 text-xs text-slate-600">
                      {t("fields.rizivHint")}
                    </p>
                  )}
                  {errors && (
                    <p id={ids.typedError(part)} className="mt-0.5 text-sm font-medium text-red-700">
                      <span aria-hidden="true">✖ </span>
                      {errors.map((key) => t(key)).join(" ")}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => void takeTyped()}
              disabled={busy}
              className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
            >
              {t("field.use")}
            </button>
            <button type="button" onClick={cancelTyping} className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100">
              {t("field.cancel")}
            </button>
          </div>
        </fieldset>
      )}
    </Labelled>
  );
}
