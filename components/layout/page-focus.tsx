"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** The attribute a page puts on what should get the focus when it opens (an error summary, a confirmation panel). */
export const PAGE_FOCUS_ATTRIBUTE = "data-page-focus";

const FRAMES_TO_WAIT = 30;

/** The page's marked element, else its main heading. */
function focusTarget(doc: Document): HTMLElement | null {
  const main = doc.getElementById("main") ?? doc.body;
  return main.querySelector<HTMLElement>(`[${PAGE_FOCUS_ATTRIBUTE}]`) ?? main.querySelector<HTMLElement>("h1");
}

/** What to say of the target: its label when it has one, else its text, shortened. */
function announcement(target: HTMLElement): string {
  const labelledBy = target.getAttribute("aria-labelledby");
  const label = target.getAttribute("aria-label") ?? (labelledBy && target.ownerDocument.getElementById(labelledBy)?.textContent);
  const describedBy = target.getAttribute("aria-describedby");
  const description = describedBy ? target.ownerDocument.getElementById(describedBy)?.textContent : "";
  const text = [label || target.textContent, description].filter(Boolean).join(". ");
  return text.replace(/\s+/g, " ").trim().slice(0, 300);
}

/**
 * Focus on every page change (client navigations and server-action redirects alike): the new
 * page's element marked `data-page-focus` (its error summary, a confirmation), else its h1, gets
 * the keyboard focus and is announced in a polite live region. A link to a field
 * (`…#field-…`) keeps its own focus; the first page load keeps the browser's (skip link first).
 */
export function PageFocus() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const location = `${pathname}?${search}`;
  const previous = useRef<string | null>(null);
  const [message, setMessage] = useState("");

  useEffect(() => {
    const first = previous.current === null;
    const changed = previous.current !== location;
    previous.current = location;
    if (first || !changed) return;
    let frame = 0;
    let handle = 0;
    const attempt = () => {
      const hash = window.location.hash.slice(1);
      if (hash && document.getElementById(decodeURIComponent(hash))) return;
      const target = focusTarget(document);
      if (!target) {
        if (frame++ < FRAMES_TO_WAIT) handle = requestAnimationFrame(attempt);
        return;
      }
      if (!target.matches("a[href], button, input, select, textarea, [tabindex]")) target.tabIndex = -1;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "start" });
      setMessage(announcement(target));
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [location]);

  return (
    <p role="status" aria-live="polite" className="sr-only" data-testid="page-announcement">
      {message}
    </p>
  );
}
