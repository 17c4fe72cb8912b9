"use client";

import { useCallback, useMemo, useState } from "react";

/**
 * Checkbox selection over a list whose rows may change (a refresh after a delete or a send):
 * ids that are no longer listed simply stop counting as selected.
 */
export function useSelection(ids: readonly string[]) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const selected = useMemo(() => ids.filter((id) => chosen.has(id)), [ids, chosen]);
  const all = ids.length > 0 && selected.length === ids.length;
  const some = selected.length > 0 && !all;

  const toggle = useCallback((id: string, on: boolean) => {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const toggleAll = useCallback((on: boolean) => setChosen(on ? new Set(ids) : new Set()), [ids]);
  const deselect = useCallback((done: Iterable<string>) => {
    const gone = new Set(done);
    setChosen((previous) => new Set([...previous].filter((id) => !gone.has(id))));
  }, []);

  return { selected, isSelected: (id: string) => chosen.has(id), all, some, toggle, toggleAll, deselect };
}

/** A "select all" checkbox shows "some selected" as the mixed state (aria-checked="mixed"). */
export function indeterminateRef(some: boolean) {
  return (element: HTMLInputElement | null) => {
    if (element) element.indeterminate = some;
  };
}
