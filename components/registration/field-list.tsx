"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { joinPath } from "@/lib/modules/paths";
import type { FormField, RepeatableGroup } from "@/lib/modules/types";
import { describedBy, IssueNotes, RequiredMark } from "./field-chrome";
import { fieldDomId } from "./field-dom-id";
import { FieldView } from "./field-view";
import { useDerived, useFieldIssues, useFormUi } from "./form-context";
import { compactValues, emptyItem, holds, scopeAt, valuesEqual } from "./form-values";

/**
 * The fields of a section or of a group item, in a two-column grid on wide screens.
 * `sectionTitle`: a group named like its section gets no second visible title.
 */
export function FieldList({
  fields,
  itemPath,
  sectionTitle,
}: {
  fields: readonly FormField[];
  itemPath: string;
  sectionTitle?: string;
}) {
  return (
    <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
      {fields.map((field) =>
        field.kind === "group" ? (
          <GroupView key={field.key} group={field} itemPath={itemPath} sectionTitle={sectionTitle} />
        ) : (
          <FieldView key={field.key} field={field} itemPath={itemPath} />
        ),
      )}
    </div>
  );
}

interface GroupProps {
  group: RepeatableGroup;
  itemPath: string;
  sectionTitle: string | undefined;
}

function GroupView(props: GroupProps) {
  const { group, itemPath } = props;
  const visible = useDerived((values) => holds(group.visibleWhen, scopeAt(values, itemPath)));
  if (!visible) return null;
  return <VisibleGroup {...props} />;
}

/** A repeatable group (plans, lesions of a plan): its items, with add and remove buttons. */
function VisibleGroup({ group, itemPath, sectionTitle }: GroupProps) {
  const t = useTranslations("registrationForm");
  const { locale } = useFormUi();
  const { control, getValues } = useFormContext();
  const path = joinPath(itemPath, group.key);
  const { fields, append, remove } = useFieldArray({ control, name: path });
  const issues = useFieldIssues(path);
  const container = useRef<HTMLFieldSetElement>(null);
  const id = fieldDomId(path);
  const ids = { help: `${id}-help`, issues: `${id}-issues`, count: `${id}-count` };
  const itemLabel = (index: number) => group.itemLabel[locale].replace("{n}", String(index + 1));
  const canAdd = fields.length < group.maxItems;
  const canRemove = fields.length > group.minItems;
  const titled = sectionTitle !== group.label[locale];

  // A group that appears once its condition holds (the MOC participants once a reason is ticked)
  // starts with its minimum items, as a new registration's visible groups do.
  const completed = useRef(false);
  useEffect(() => {
    if (completed.current) return;
    completed.current = true;
    const missing = group.minItems - fields.length;
    if (missing > 0) append(Array.from({ length: missing }, () => emptyItem(group, getValues())), { shouldFocus: false });
  }, [append, fields.length, getValues, group]);

  const removeItem = (index: number) => {
    const item = compactValues(getValues(joinPath(path, index)));
    const untouched = valuesEqual(item, compactValues(emptyItem(group, getValues())));
    if (!untouched && !window.confirm(t("removeConfirm", { item: itemLabel(index) }))) return;
    remove(index);
    // The removed item's buttons are gone: continue from the group.
    requestAnimationFrame(() => container.current?.focus());
  };

  return (
    <fieldset
      ref={container}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(group.help && ids.help, issues.length > 0 && ids.issues)}
      className={titled ? "rounded-md border border-slate-300 bg-slate-50/60 p-3 md:col-span-2" : "md:col-span-2"}
      data-group={group.id}
    >
      <legend className={titled ? "px-1 text-sm font-semibold text-brand-900" : "sr-only"}>
        {group.label[locale]}
        <RequiredMark required={group.minItems > 0} />
        <span className="ml-1.5 text-xs font-normal text-slate-500">{group.id}</span>
      </legend>
      {group.help && (
        <p id={ids.help} className="mb-2 text-xs text-slate-600">
          {group.help[locale]}
        </p>
      )}
      <IssueNotes id={ids.issues} issues={issues} />
      {fields.length === 0 && <p className="my-2 text-sm italic text-slate-600">{t("noItems")}</p>}
      <div className="space-y-3">
        {fields.map((item, index) => (
          <GroupItem
            key={item.id}
            group={group}
            path={joinPath(path, index)}
            label={itemLabel(index)}
            onRemove={canRemove ? () => removeItem(index) : undefined}
          />
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {canAdd && (
          <button
            type="button"
            onClick={() => append(emptyItem(group, getValues()))}
            aria-describedby={ids.count}
            className="rounded border border-brand-600 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            <span aria-hidden="true">+ </span>
            {t("add", { item: itemLabel(fields.length) })}
          </button>
        )}
        <span id={ids.count} className="text-xs text-slate-600">
          {t("itemCount", { count: fields.length, max: group.maxItems })}
        </span>
      </div>
    </fieldset>
  );
}

function GroupItem({
  group,
  path,
  label,
  onRemove,
}: {
  group: RepeatableGroup;
  path: string;
  label: string;
  onRemove: (() => void) | undefined;
}) {
  const t = useTranslations("registrationForm");
  const issues = useFieldIssues(path);
  const id = fieldDomId(path);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={issues.length > 0 ? `${id}-issues` : undefined}
      className="relative rounded border border-slate-300 bg-white p-3 pt-2"
      data-item={path}
    >
      <legend className="px-1 text-sm font-semibold text-slate-800">{label}</legend>
      {onRemove && (
        <div className="-mt-1 mb-2 flex justify-end">
          <button
            type="button"
            onClick={onRemove}
            className="rounded px-2 py-1 text-xs font-medium text-red-700 underline underline-offset-2 hover:bg-red-50"
          >
            {t("remove", { item: label })}
          </button>
        </div>
      )}
      <IssueNotes id={`${id}-issues`} issues={issues} />
      <FieldList fields={group.fields} itemPath={path} />
    </fieldset>
  );
}
