"use client";

import { rowColumns } from "@/lib/modules/field-types/grid";
import type { FieldChrome } from "./field-chrome";
import { FieldView } from "./field-view";
import { useFormUi } from "./form-context";

/**
 * A grid (rows × a few columns of fields): one fieldset per row, named by the row, holding a
 * control per column, each the column type's own control (so every cell is checked, labelled
 * and focused like any field). The grid's own notes come after the rows.
 */
export function GridControl({ chrome }: { chrome: FieldChrome }) {
  const { locale } = useFormUi();
  const { field, path } = chrome;
  return (
    <fieldset id={chrome.id} tabIndex={-1} aria-describedby={chrome.describedBy} className="space-y-2">
      <legend className="mb-0.5 text-sm font-medium text-slate-800">{chrome.label}</legend>
      {chrome.help}
      {(field.rows ?? []).map((row) => {
        // A row may have its own fields (another option list or type than the grid's columns).
        const columns = rowColumns(field, row);
        return (
          <fieldset key={row.key} className="rounded border border-slate-200 px-3 pb-3 pt-1">
            <legend className="px-1 text-sm font-semibold text-slate-700">{row.label[locale]}</legend>
            <div className={`grid grid-cols-1 gap-x-4 gap-y-2 ${columns.length > 2 ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}>
              {columns.map((column) => (
                <FieldView key={column.key} field={column} itemPath={`${path}.${row.key}`} inGrid />
              ))}
            </div>
          </fieldset>
        );
      })}
      {chrome.messages}
    </fieldset>
  );
}
