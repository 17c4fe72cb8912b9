"use client";

import { indeterminateRef } from "./use-selection";

const box = "h-4 w-4 cursor-pointer";

/** The header cell of the select column: all, none, or mixed. */
export function SelectAllCell({ label, all, some, onChange, disabled }: { label: string; all: boolean; some: boolean; onChange: (on: boolean) => void; disabled?: boolean }) {
  return (
    <th scope="col" className="w-10 px-3 py-2">
      <label className="inline-flex">
        <input type="checkbox" ref={indeterminateRef(some)} checked={all} disabled={disabled} onChange={(event) => onChange(event.target.checked)} className={box} />
        <span className="sr-only">{label}</span>
      </label>
    </th>
  );
}

/** The select cell of one row; the label names the row for screen readers. */
export function SelectRowCell({ label, checked, onChange, disabled }: { label: string; checked: boolean; onChange: (on: boolean) => void; disabled?: boolean }) {
  return (
    <td className="px-3 py-2 align-top max-sm:row-span-6">
      <label className="inline-flex">
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} className={box} />
        <span className="sr-only">{label}</span>
      </label>
    </td>
  );
}
