"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { useController } from "react-hook-form";
import { searchEntries } from "@/lib/icdo3/search-entries";
import { controlClass, describedBy, Labelled, type FieldChrome } from "./field-chrome";
import { useFormUi, type PickerEntry } from "./form-context";
import { checkFormat, codeWithLabel, isCodeLike, normalizeCode } from "./form-values";

/** Options shown at once; typing more narrows the list. */
const LIMIT = 20;

/** The English site groups are in capitals ("BRONCHUS AND LUNG"); translations keep their case (German nouns). */
function groupText(group: string): string {
  return group === group.toUpperCase() ? group.toLowerCase() : group;
}

/**
 * An ICD-O-3 code picker following the ARIA combobox pattern (list autocomplete with manual
 * selection, as the GOV.UK accessible-autocomplete): type a code or words, Down/Up to move to an
 * option, Enter to choose the highlighted one, Escape to close or undo. Nothing is highlighted
 * until the user moves to an option, so Enter after typing a word never picks a code for them.
 * A code typed by hand is kept as typed (normalised: "c341" → "C34.1"); words only search.
 */
export function CodeCombobox({ chrome, kind }: { chrome: FieldChrome; kind: "topography" | "morphology" }) {
  const t = useTranslations("registrationForm");
  const { pickerLists, locale } = useFormUi();
  const entries = pickerLists[kind];
  const byCode = useMemo(() => new Map(entries.map((entry) => [entry.code, entry])), [entries]);
  const {
    field: { ref, name, onChange, onBlur, value: stored },
  } = useController({
    name: chrome.path,
    rules: {
      validate: (value: unknown) => {
        const problem = checkFormat(chrome.field, value);
        return problem ? t(`format.${problem.key}`, problem.params) : true;
      },
    },
  });
  const value = typeof stored === "string" ? stored : "";

  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [editing, setEditing] = useState(false);
  // Follow values set from outside (restored input, "discard") unless the user is typing.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (!editing) setText(value);
  }

  const query = text.trim();
  const found = useMemo(() => (open && query !== "" ? searchEntries(entries, query, LIMIT + 1) : []), [entries, open, query]);
  const results = found.slice(0, LIMIT);
  const expanded = open && results.length > 0;

  const ids = {
    listbox: `${chrome.id}-listbox`,
    option: (index: number) => `${chrome.id}-option-${index}`,
    code: `${chrome.id}-code`,
    instructions: `${chrome.id}-instructions`,
  };

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(`${chrome.id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [expanded, active, chrome.id]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (entry: PickerEntry) => {
    onChange(entry.code);
    setText(entry.code);
    close();
  };

  /** Keeps typed text that looks like a code; words that were only a search are undone. */
  const commit = () => {
    if (query === "") {
      if (value !== "") onChange("");
      setText("");
    } else if (isCodeLike(query)) {
      const code = normalizeCode(kind, query);
      if (code !== value) onChange(code);
      setText(code);
    } else {
      setText(value);
    }
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else if (results.length > 0) {
          setActive((index) => Math.min(index + 1, results.length - 1));
        }
        break;
      case "ArrowUp":
        event.preventDefault();
        if (open && results.length > 0) setActive((index) => Math.max(index - 1, -1));
        break;
      case "Enter": {
        // Never submits the form, and picks only the option the user moved to.
        event.preventDefault();
        const entry = expanded && active >= 0 ? results[active] : undefined;
        if (entry) choose(entry);
        else if (query === "" || isCodeLike(query)) commit();
        break;
      }
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        } else if (text !== value) {
          event.preventDefault();
          setText(value);
        }
        break;
      default:
        break;
    }
  };

  const known = value !== "" ? byCode.get(value) : undefined;
  const unknown = value !== "" && entries.length > 0 && !known;

  return (
    <Labelled chrome={chrome}>
      <div className="relative">
        <input
          type="text"
          id={chrome.id}
          ref={ref}
          name={name}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={ids.listbox}
          aria-activedescendant={expanded && active >= 0 ? ids.option(active) : undefined}
          aria-describedby={describedBy(chrome.describedBy, value !== "" && ids.code, ids.instructions)}
          aria-invalid={chrome.invalid || undefined}
          aria-required={chrome.required || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={chrome.field.placeholder}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
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
          aria-label={chrome.field.label[locale]}
          hidden={!expanded}
          className="absolute z-30 mt-1 max-h-72 w-full min-w-72 overflow-auto rounded border border-slate-300 bg-white py-1 shadow-lg"
        >
          {results.map((entry, index) => (
            <li
              key={entry.code}
              id={ids.option(index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(entry)}
              onMouseMove={() => setActive(index)}
              className="cursor-pointer px-2.5 py-1 text-sm aria-selected:bg-brand-600 aria-selected:text-white"
            >
              <span className="font-mono">{entry.code}</span> — {entry.label}
              {entry.group && !entry.label.toLowerCase().includes(entry.group.toLowerCase()) && (
                <span className="text-xs opacity-75"> ({groupText(entry.group)})</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p id={ids.code} aria-live="polite" className="mt-0.5 min-h-4 text-xs text-slate-700">
        {known && codeWithLabel(known.code, known.label)}
        {unknown && <span className="text-orange-800">{t("code.unknown", { code: value })}</span>}
      </p>
      <p id={ids.instructions} className="sr-only">
        {t("code.instructions")}
      </p>
      <p role="status" className="sr-only">
        {open && query !== ""
          ? results.length === 0
            ? t("code.noMatches", { query })
            : `${t("code.results", { count: results.length })}${found.length > LIMIT ? `. ${t("code.more", { count: LIMIT })}` : ""}`
          : ""}
      </p>
      {open && query !== "" && results.length === 0 && (
        <p className="mt-0.5 text-xs italic text-slate-600" aria-hidden="true">
          {t("code.noMatches", { query })}
        </p>
      )}
    </Labelled>
  );
}
