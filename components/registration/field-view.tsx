"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useController, useFormContext, type FieldValues } from "react-hook-form";
import { evaluateFormula, roundTo } from "@/lib/modules/formula";
import { getAtPath, joinPath } from "@/lib/modules/paths";
import type { FieldOption, FieldType, InputField } from "@/lib/modules/types";
import type { Locale } from "@/lib/validation/types";
import { DateInput, useDateProblemMessage } from "@/components/ui/date-input";
import { FULL_DATE_ONLY, isStoredDate, parseDateText, type DatePrecision } from "@/components/ui/date-text";
import { CodeCombobox } from "./code-combobox";
import { HospitalCodeField } from "./controls/hospital-code-field";
import { FileField } from "./controls/file-field";
import { PersonField } from "./controls/person-field";
import { controlClass, describedBy, IssueNotes, Labelled, RequiredMark, type FieldChrome } from "./field-chrome";
import { fieldDomId } from "./field-dom-id";
import { GridControl } from "./grid-control";
import { useDerived, useFieldError, useFieldIssues, useFormUi } from "./form-context";
import { PrefilledMark } from "./prefilled";
import {
  checkFormat,
  formatNumber,
  formulaPaths,
  holds,
  isRequired,
  parseNumberInput,
  scopeAt,
  toInputText,
  visibleOptions,
} from "./form-values";

/**
 * Selects with at most this many (visible) options are radio buttons, longer ones a list: every
 * option in sight and one click to choose (a list takes two), as GOV.UK advises for short lists.
 */
const MAX_RADIOS = 7;

/** Fields that take the full width of the two-column grid. */
function isWide(field: InputField): boolean {
  if (field.type === "textarea" || field.type === "multiselect" || field.type === "checkbox" || field.type === "grid" || field.type === "person" || field.type === "file") return true;
  if (field.type === "select" || field.type === "code") {
    const longest = Math.max(0, ...(field.options ?? []).map((option) => option.label.en.length));
    return (field.options?.length ?? 0) <= MAX_RADIOS ? longest > 24 : longest > 48;
  }
  return false;
}

/**
 * A field of the form, shown only while its `visibleWhen` holds. In a grid row (`inGrid`) every
 * cell takes one column: a row of a few cells reads across, whatever their types.
 */
export function FieldView({ field, itemPath, inGrid = false }: { field: InputField; itemPath: string; inGrid?: boolean }) {
  const visible = useDerived((values) => holds(field.visibleWhen, scopeAt(values, itemPath)));
  if (!visible) return null;
  return <VisibleField field={field} itemPath={itemPath} inGrid={inGrid} />;
}

function VisibleField({ field, itemPath, inGrid }: { field: InputField; itemPath: string; inGrid: boolean }) {
  const { locale } = useFormUi();
  const path = joinPath(itemPath, field.key);
  const id = fieldDomId(path);
  const required = useDerived((values) => field.type !== "computed" && isRequired(field, scopeAt(values, itemPath)));
  const issues = useFieldIssues(path);
  const error = useFieldError(path);
  const hasIssueError = issues.some(({ issue }) => issue.severity === "error");
  const ids = { help: `${id}-help`, error: `${id}-error`, issues: `${id}-issues` };
  const chrome: FieldChrome = {
    id,
    path,
    itemPath,
    field,
    label: (
      <>
        {field.label[locale]}
        <RequiredMark required={required} />
        <span className="ml-1.5 text-xs font-normal text-slate-500">{field.id}</span>
        <PrefilledMark path={path} />
      </>
    ),
    help: field.help ? (
      <p id={ids.help} className="mb-1 text-xs text-slate-600">
        {field.help[locale]}
      </p>
    ) : null,
    messages: (
      <>
        {error?.message ? (
          <p id={ids.error} className="mt-1 text-sm font-medium text-red-700">
            <span aria-hidden="true">✖ </span>
            {error.message}
          </p>
        ) : null}
        <IssueNotes id={ids.issues} issues={issues} />
      </>
    ),
    describedBy: describedBy(field.help && ids.help, Boolean(error?.message) && ids.error, issues.length > 0 && ids.issues),
    invalid: Boolean(error) || hasIssueError,
    required,
    tone: error || hasIssueError ? "error" : issues.length > 0 ? "warning" : undefined,
  };
  return (
    <div className={!inGrid && isWide(field) ? "md:col-span-2" : undefined} data-field={field.id} data-required={required || undefined}>
      <Control chrome={chrome} />
    </div>
  );
}

/** A field type's form control. */
type Control = (props: { chrome: FieldChrome }) => ReactNode;

/**
 * The one map from field type to form control: a new FieldType does not compile until it has
 * one (its value handling is in lib/modules/field-types).
 */
const controls: { readonly [T in FieldType]: Control } = {
  text: TextControl,
  partialDate: DateControl,
  textarea: TextareaControl,
  date: DateControl,
  year: NumberControl,
  integer: NumberControl,
  decimal: NumberControl,
  select: SelectControl,
  code: SelectControl,
  multiselect: MultiSelectControl,
  checkbox: CheckboxControl,
  topography: ({ chrome }) => <CodeCombobox chrome={chrome} kind="topography" />,
  morphology: ({ chrome }) => <CodeCombobox chrome={chrome} kind="morphology" />,
  computed: ComputedControl,
  grid: GridControl,
  person: PersonField,
  hospitalCode: HospitalCodeField,
  file: FileField,
};

function Control({ chrome }: { chrome: FieldChrome }) {
  const Chosen = controls[chrome.field.type];
  return <Chosen chrome={chrome} />;
}

/** What a date field may leave out: a partial date field takes a year alone. */
function datePrecisions(field: InputField): readonly DatePrecision[] {
  return field.type === "partialDate" ? YEAR_OR_FULL_DATE : FULL_DATE_ONLY;
}

const YEAR_OR_FULL_DATE: readonly DatePrecision[] = ["day", "year"];

/** The format check of a field as a react-hook-form `validate` function, in the user's language. */
function useFormatValidator(field: InputField) {
  const t = useTranslations("registrationForm");
  const allow = datePrecisions(field);
  const dateProblem = useDateProblemMessage(allow);
  return (value: unknown): string | true => {
    // A date control hands on the text as typed while it is not a date: say what is wrong with it.
    if ((field.type === "date" || field.type === "partialDate") && typeof value === "string" && !isStoredDate(value, allow)) {
      const parsed = parseDateText(value, allow);
      if (!parsed.ok) return dateProblem(parsed.problem);
    }
    const problem = checkFormat(field, value);
    return problem ? t(`format.${problem.key}`, problem.params) : true;
  };
}

function useCurrentValue(path: string): unknown {
  const { getValues } = useFormContext();
  return getValues(path);
}

function ariaProps(chrome: FieldChrome, ...extra: (string | false | undefined)[]) {
  return {
    id: chrome.id,
    "aria-describedby": describedBy(chrome.describedBy, ...extra),
    "aria-invalid": chrome.invalid || undefined,
    "aria-required": chrome.required || undefined,
  };
}

function TextControl({ chrome }: { chrome: FieldChrome }) {
  const { register } = useFormContext();
  const validate = useFormatValidator(chrome.field);
  const current = useCurrentValue(chrome.path);
  const { field } = chrome;
  const wide = (field.maxLength ?? 100) > 40;
  return (
    <Labelled chrome={chrome}>
      <input
        type="text"
        {...ariaProps(chrome)}
        defaultValue={toInputText(current)}
        maxLength={field.maxLength}
        placeholder={field.placeholder}
        autoComplete="off"
        spellCheck={false}
        className={controlClass(chrome.tone, wide ? "w-full" : "w-full max-w-56")}
        {...register(chrome.path, { validate })}
      />
    </Labelled>
  );
}

function TextareaControl({ chrome }: { chrome: FieldChrome }) {
  const t = useTranslations("registrationForm");
  const { register } = useFormContext();
  const validate = useFormatValidator(chrome.field);
  const { field, path } = chrome;
  const length = useDerived((values: FieldValues) => {
    const value = getAtPath(values, path);
    return typeof value === "string" ? value.length : 0;
  });
  const current = useCurrentValue(path);
  const counterId = `${chrome.id}-counter`;
  return (
    <Labelled chrome={chrome}>
      <textarea
        {...ariaProps(chrome, field.maxLength !== undefined && counterId)}
        defaultValue={toInputText(current)}
        maxLength={field.maxLength}
        placeholder={field.placeholder}
        rows={4}
        className={controlClass(chrome.tone, "w-full resize-y")}
        {...register(path, { validate })}
      />
      {field.maxLength !== undefined && (
        <p
          id={counterId}
          className={`mt-0.5 text-right text-xs tabular-nums ${length > field.maxLength * 0.9 ? "text-orange-800" : "text-slate-600"}`}
        >
          {t("counter", { count: length, max: field.maxLength })}
        </p>
      )}
    </Labelled>
  );
}

/** The app's one date control; the form stores ISO, or the typed text its validator refuses. */
function DateControl({ chrome }: { chrome: FieldChrome }) {
  const validate = useFormatValidator(chrome.field);
  const { field: control } = useController({ name: chrome.path, rules: { validate } });
  const aria = ariaProps(chrome);
  return (
    <Labelled chrome={chrome}>
      <DateInput
        id={aria.id}
        value={toInputText(control.value)}
        onValueChange={(value) => control.onChange(value)}
        onBlur={control.onBlur}
        inputRef={control.ref}
        allow={datePrecisions(chrome.field)}
        reportProblems={false}
        describedBy={aria["aria-describedby"]}
        aria-invalid={aria["aria-invalid"]}
        aria-required={aria["aria-required"]}
        inputClassName={chrome.tone === "error" ? "!border-red-600" : chrome.tone === "warning" ? "!border-orange-500" : ""}
      />
    </Labelled>
  );
}

function NumberControl({ chrome }: { chrome: FieldChrome }) {
  const { register } = useFormContext();
  const validate = useFormatValidator(chrome.field);
  const current = useCurrentValue(chrome.path);
  const { field } = chrome;
  const unitId = `${chrome.id}-unit`;
  return (
    <Labelled chrome={chrome}>
      <span className="flex items-center gap-2">
        <input
          type="text"
          inputMode={field.type === "decimal" ? "decimal" : "numeric"}
          {...ariaProps(chrome, field.unit !== undefined && unitId)}
          defaultValue={toInputText(current)}
          placeholder={field.placeholder}
          autoComplete="off"
          maxLength={field.type === "year" ? 4 : 16}
          className={controlClass(chrome.tone, field.type === "year" ? "w-20 tabular-nums" : "w-32 text-right tabular-nums")}
          {...register(chrome.path, { validate, setValueAs: parseNumberInput })}
        />
        {field.unit !== undefined && (
          <span id={unitId} className="text-sm text-slate-700">
            {field.unit}
          </span>
        )}
      </span>
    </Labelled>
  );
}

/** The options offered now, re-rendering only when the offer changes. */
function useVisibleOptions(chrome: FieldChrome): FieldOption[] {
  const { field, path, itemPath } = chrome;
  const offered = useDerived((values: FieldValues) =>
    visibleOptions(field.options, scopeAt(values, itemPath), getAtPath(values, path))
      .map((option) => option.value)
      .join("\u0000"),
  );
  const values = new Set(offered.split("\u0000"));
  return (field.options ?? []).filter((option) => values.has(option.value));
}

function SelectControl({ chrome }: { chrome: FieldChrome }) {
  const t = useTranslations("registrationForm");
  const { locale } = useFormUi();
  const options = useVisibleOptions(chrome);
  if (options.length === 0) {
    return (
      <Labelled chrome={chrome}>
        <p id={chrome.id} tabIndex={-1} className="text-sm italic text-slate-600" aria-describedby={chrome.describedBy}>
          {t("noOptions")}
        </p>
      </Labelled>
    );
  }
  if (options.length <= MAX_RADIOS) return <RadioControl chrome={chrome} options={options} />;
  return <ListControl chrome={chrome} options={options} locale={locale} placeholder={t("choose")} />;
}

function ListControl({
  chrome,
  options,
  locale,
  placeholder,
}: {
  chrome: FieldChrome;
  options: FieldOption[];
  locale: Locale;
  placeholder: string;
}) {
  const { register } = useFormContext();
  const current = useCurrentValue(chrome.path);
  return (
    <Labelled chrome={chrome}>
      <select
        {...ariaProps(chrome)}
        defaultValue={toInputText(current)}
        className={controlClass(chrome.tone, "w-full")}
        {...register(chrome.path)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label[locale]}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A fieldset with the field's label as legend, for radio and checkbox groups. */
function Grouped({
  chrome,
  role,
  children,
  after,
  keysId,
}: {
  chrome: FieldChrome;
  role?: "radiogroup";
  children: ReactNode;
  after?: ReactNode;
  /** The keyboard hint shown while the focus is in the group. */
  keysId?: string;
}) {
  return (
    <fieldset
      id={`${chrome.id}-group`}
      role={role}
      // The keyboard hint floats over the group while the focus is in it: showing it must not
      // move the options (a click whose press and release land on different rows is lost).
      className="group relative"
      aria-describedby={describedBy(chrome.describedBy, keysId)}
      aria-invalid={role ? chrome.invalid || undefined : undefined}
      aria-required={role ? chrome.required || undefined : undefined}
    >
      <legend className="mb-0.5 text-sm font-medium text-slate-800">{chrome.label}</legend>
      {chrome.help}
      <div
        className={`rounded border px-2.5 py-1.5 ${
          chrome.tone === "error" ? "border-red-600" : chrome.tone === "warning" ? "border-orange-500" : "border-transparent"
        }`}
      >
        {children}
      </div>
      {after}
      {chrome.messages}
    </fieldset>
  );
}

/** Typed letters within this delay make one search ("444636", "Lo"), as in a list. */
const TYPE_AHEAD_MS = 1000;

/**
 * Type-ahead as in a native list: letters typed in quick succession search the options' labels
 * by prefix, from the current option; one letter repeated moves to the next option starting with it.
 */
function useTypeAhead(options: readonly FieldOption[], locale: Locale) {
  const typed = useRef({ text: "", at: 0 });
  return (letter: string, from: number, currentTaken: boolean): number => {
    const now = Date.now();
    const buffer = now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + letter : letter;
    typed.current = { text: buffer, at: now };
    const repeated = [...buffer].every((char) => char === letter);
    const wanted = (repeated ? letter : buffer).toLocaleLowerCase(locale);
    // A new search may match the option at hand; the same letter again goes on to the next one.
    const start = repeated && (buffer.length > 1 || currentTaken) ? 1 : 0;
    for (let step = start; step < options.length + start; step += 1) {
      const index = (Math.max(from, 0) + step) % options.length;
      if (options[index]!.label[locale].trim().toLocaleLowerCase(locale).startsWith(wanted)) return index;
    }
    return -1;
  };
}

/** A single printable character typed without Ctrl/Alt/Meta (not Space: it ticks). */
function typedLetter(event: KeyboardEvent): string | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.key.length !== 1 || event.key === " ") return null;
  return event.key;
}

/** Index of the option input holding the focus in a group, -1 when none. */
function focusedIndex(container: HTMLElement): number {
  const inputs = [...container.querySelectorAll<HTMLInputElement>("input")];
  return inputs.findIndex((input) => input === document.activeElement);
}

/**
 * A radio group: one tab stop (the browser's), arrows move the choice; typing an option's first
 * letter chooses it and Delete clears the choice, so the clear button needs no tab stop of its own.
 */
function RadioControl({ chrome, options }: { chrome: FieldChrome; options: FieldOption[] }) {
  const t = useTranslations("registrationForm");
  const { locale } = useFormUi();
  const { register, setValue } = useFormContext();
  const current = useDerived((values: FieldValues) => toInputText(getAtPath(values, chrome.path)));
  const registration = register(chrome.path);
  const inline = options.every((option) => option.label[locale].length <= 24);
  const keysId = `${chrome.id}-keys`;
  const typeAhead = useTypeAhead(options, locale);
  const clear = () => {
    setValue(chrome.path, "", { shouldDirty: true });
    // The button goes away with the choice: keep the focus in the group.
    document.getElementById(chrome.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.key === "Delete" || event.key === "Backspace") && current !== "") {
      event.preventDefault();
      clear();
      return;
    }
    const letter = typedLetter(event);
    if (letter === null) return;
    const from = focusedIndex(event.currentTarget);
    const index = typeAhead(letter, from, from >= 0 && options[from]?.value === current);
    if (index < 0) return;
    event.preventDefault();
    const input = event.currentTarget.querySelectorAll<HTMLInputElement>("input")[index];
    input?.click();
    input?.focus();
  };
  return (
    <Grouped
      chrome={chrome}
      role="radiogroup"
      keysId={keysId}
      after={
        <>
          <p id={keysId} className="pointer-events-none absolute -top-1 right-0 z-10 hidden max-w-[80%] rounded bg-slate-800 px-2 py-0.5 text-xs text-white shadow group-focus-within:block">
            {t("keys.radio")}
          </p>
          {current !== "" && (
            <button
              type="button"
              tabIndex={-1}
              aria-keyshortcuts="Delete"
              onClick={clear}
              className="mt-0.5 text-xs text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {t("clearChoice")}
              <span className="sr-only">: {chrome.field.label[locale]}</span>
              <kbd className="ml-1 rounded border border-slate-300 px-1 font-sans text-[0.7rem] text-slate-600 no-underline">
                {t("keys.delete")}
              </kbd>
            </button>
          )}
        </>
      }
    >
      <div className={inline ? "flex flex-wrap gap-x-5 gap-y-1" : "space-y-1"} onKeyDown={onKeyDown}>
        {options.map((option, index) => {
          const id = index === 0 ? chrome.id : `${chrome.id}--${index}`;
          return (
            <label key={option.value} htmlFor={id} className="flex cursor-pointer items-start gap-2 text-sm">
              <input
                type="radio"
                id={id}
                value={option.value}
                defaultChecked={current === option.value}
                aria-keyshortcuts={current !== "" ? "Delete" : undefined}
                className="mt-0.5 size-4 accent-brand-600"
                {...registration}
              />
              <span>{option.label[locale]}</span>
            </label>
          );
        })}
      </div>
    </Grouped>
  );
}

/**
 * A checkbox group with one tab stop (the first ticked option, else the first): arrows and an
 * option's first letter move between the options, Space ticks, Tab leaves the group, so the
 * options left after the one that applies ("None", "CBCT") cost no Tab each.
 */
function MultiSelectControl({ chrome }: { chrome: FieldChrome }) {
  const t = useTranslations("registrationForm");
  const { locale } = useFormUi();
  const options = useVisibleOptions(chrome);
  const { field: control } = useController({ name: chrome.path });
  const selected: unknown[] = Array.isArray(control.value) ? control.value : [];
  const [focused, setFocused] = useState<number | null>(null);
  const firstTicked = options.findIndex((option) => selected.includes(option.value));
  const tabStop = focused !== null && focused < options.length ? focused : Math.max(firstTicked, 0);
  const keysId = `${chrome.id}-keys`;
  const typeAhead = useTypeAhead(options, locale);
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    // Stored in the options' order; values unknown to the form are kept as they were.
    const order = (chrome.field.options ?? []).map((option) => option.value);
    control.onChange([...order.filter((known) => next.has(known)), ...selected.filter((other) => !order.includes(String(other)))]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = focusedIndex(event.currentTarget);
    if (from < 0) return;
    const last = options.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: from === last ? 0 : from + 1,
      ArrowRight: from === last ? 0 : from + 1,
      ArrowUp: from === 0 ? last : from - 1,
      ArrowLeft: from === 0 ? last : from - 1,
      Home: 0,
      End: last,
    };
    const letter = typedLetter(event);
    const to = event.key in moves ? moves[event.key]! : letter !== null ? typeAhead(letter, from, true) : -1;
    if (to < 0 || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    setFocused(to);
    event.currentTarget.querySelectorAll<HTMLInputElement>("input")[to]?.focus();
  };
  return (
    <Grouped
      chrome={chrome}
      keysId={keysId}
      after={
        <p id={keysId} className="pointer-events-none absolute -top-1 right-0 z-10 hidden max-w-[80%] rounded bg-slate-800 px-2 py-0.5 text-xs text-white shadow group-focus-within:block">
          {t("keys.checkboxes")}
        </p>
      }
    >
      <div className="grid grid-cols-1 gap-x-5 gap-y-1 sm:grid-cols-2 lg:grid-cols-3" onKeyDown={onKeyDown}>
        {options.map((option, index) => {
          const id = index === 0 ? chrome.id : `${chrome.id}--${index}`;
          return (
            <label key={option.value} htmlFor={id} className="flex cursor-pointer items-start gap-2 text-sm">
              <input
                type="checkbox"
                id={id}
                name={chrome.path}
                value={option.value}
                tabIndex={index === tabStop ? 0 : -1}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                onFocus={() => setFocused(index)}
                onBlur={control.onBlur}
                ref={index === 0 ? control.ref : undefined}
                aria-invalid={chrome.invalid || undefined}
                className="mt-0.5 size-4 accent-brand-600"
              />
              <span>{option.label[locale]}</span>
            </label>
          );
        })}
      </div>
    </Grouped>
  );
}

function CheckboxControl({ chrome }: { chrome: FieldChrome }) {
  const { register } = useFormContext();
  const current = useCurrentValue(chrome.path);
  return (
    <>
      {chrome.help}
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          {...ariaProps(chrome)}
          defaultChecked={current === true}
          className="mt-0.5 size-4 shrink-0 accent-brand-600"
          {...register(chrome.path)}
        />
        <label htmlFor={chrome.id} className="text-sm font-medium text-slate-800">
          {chrome.label}
        </label>
      </div>
      {chrome.messages}
    </>
  );
}

function ComputedControl({ chrome }: { chrome: FieldChrome }) {
  const t = useTranslations("registrationForm");
  const { locale } = useFormUi();
  const { field, itemPath } = chrome;
  const value = useDerived((values: FieldValues) => {
    if (field.formula === undefined) return null;
    const result = evaluateFormula(field.formula, scopeAt(values, itemPath));
    return result === null ? null : roundTo(result, field.decimals ?? 2);
  });
  const operands = formulaPaths(field.formula, itemPath).map(fieldDomId).join(" ");
  return (
    <Labelled chrome={chrome}>
      <output
        id={chrome.id}
        htmlFor={operands || undefined}
        aria-describedby={chrome.describedBy}
        className="block w-fit min-w-32 rounded border border-dashed border-slate-300 bg-slate-100 px-2.5 py-1.5 text-right text-sm tabular-nums text-slate-900"
      >
        {value === null ? (
          <span className="italic text-slate-600">{t("notComputed")}</span>
        ) : (
          <>
            {formatNumber(value, locale, field.decimals)}
            {field.unit !== undefined && ` ${field.unit}`}
          </>
        )}
      </output>
    </Labelled>
  );
}
