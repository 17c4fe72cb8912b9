"use client";

import type { ReactNode } from "react";
import { SelectAllCell } from "./selection-cells";
import { captionClass, headClass, tableClass, thClass } from "./styles";

interface SelectableTableProps {
  caption: string;
  /** Header texts after the select column. */
  columns: readonly string[];
  selectAllLabel: string;
  selection: { all: boolean; some: boolean; toggleAll: (on: boolean) => void };
  disabled?: boolean;
  /** The rows, each starting with a SelectRowCell. */
  children: ReactNode;
}

/** A registrations table whose first column selects rows (Saved, Sent, bulk send). */
export function SelectableTable({ caption, columns, selectAllLabel, selection, disabled, children }: SelectableTableProps) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className={`${tableClass} max-sm:block`}>
        <caption className={`${captionClass} max-sm:block`}>{caption}</caption>
        <thead className={`${headClass} max-sm:block max-sm:[&_th:not(:first-child)]:hidden`}>
          <tr className="max-sm:block">
            <SelectAllCell label={selectAllLabel} all={selection.all} some={selection.some} onChange={selection.toggleAll} disabled={disabled} />
            {columns.map((column) => (
              <th key={column} scope="col" className={thClass}>{column}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 max-sm:block">{children}</tbody>
      </table>
    </div>
  );
}
