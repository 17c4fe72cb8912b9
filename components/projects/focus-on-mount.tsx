"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** A region that takes the focus when it appears (a confirmation question), so it is read first. */
export function FocusOnMount({ labelledBy, className, children }: { labelledBy: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} tabIndex={-1} role="alertdialog" aria-modal="false" aria-labelledby={labelledBy} className={className}>
      {children}
    </section>
  );
}
