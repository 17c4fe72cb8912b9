"use client";

import { useEffect, useState } from "react";

const storageKey = "wbcr:support-codes";

function apply(on: boolean) {
  if (on) document.documentElement.dataset.supportCodes = "on";
  else delete document.documentElement.dataset.supportCodes;
}

/**
 * Shows or hides the rule ids and item codes (`.support-code`, app/globals.css) everywhere, for
 * the session of this browser: support staff ask a user to tick it when they need the codes.
 */
export function SupportCodesSwitch({ label }: { label: string }) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    let stored = false;
    try {
      stored = localStorage.getItem(storageKey) === "1";
    } catch {
      // Storage refused: codes stay hidden.
    }
    apply(stored);
    // The browser's stored choice is only known after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOn(stored);
  }, []);
  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-600">
      <input
        type="checkbox"
        checked={on}
        onChange={(event) => {
          const next = event.target.checked;
          setOn(next);
          apply(next);
          try {
            if (next) localStorage.setItem(storageKey, "1");
            else localStorage.removeItem(storageKey);
          } catch {
            // Storage refused (private mode): the choice holds for this page only.
          }
        }}
      />
      {label}
    </label>
  );
}
