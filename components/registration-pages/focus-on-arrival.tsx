"use client";

import { useEffect } from "react";

/**
 * Moves the focus to the page's `[data-page-focus]` element (error summary, confirmation or
 * heading; it has tabIndex -1) when the page opens, so keyboard and screen-reader users start
 * where the page's news is (issue 13, problem 4).
 */
export function FocusOnArrival({ view }: { view: string }) {
  // `view` changes when the same route shows something new (summary → sent after the send).
  useEffect(() => {
    const target = document.querySelector<HTMLElement>("[data-page-focus]");
    // The page may have been opened by a link to a field (#field-…): that one wins.
    if (target && !window.location.hash) target.focus();
  }, [view]);
  return null;
}
